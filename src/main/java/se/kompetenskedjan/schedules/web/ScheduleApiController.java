package se.kompetenskedjan.schedules.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.schedules.CalendarFeeds;
import se.kompetenskedjan.schedules.FeedLink;
import se.kompetenskedjan.schedules.PatternSaved;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.schedules.SupervisedWeek;
import se.kompetenskedjan.schedules.WeekView;
import se.kompetenskedjan.schedules.WorkPatternCommand;
import se.kompetenskedjan.schedules.WorkPatternView;
import se.kompetenskedjan.shared.NotFoundException;

@RestController
@Tag(name = "Scheman", description = "Deltagarens vecka med kursdagar och dagar på arbetsplatsen, arbetsschema per "
        + "placering med krockar, handledarens vecka och hemliga kalenderlänkar (iCalendar).")
class ScheduleApiController {

    private final Schedules schedules;
    private final CalendarFeeds feeds;

    ScheduleApiController(Schedules schedules, CalendarFeeds feeds) {
        this.schedules = schedules;
        this.feeds = feeds;
    }

    @GetMapping("/api/v1/proposals/{id}/work-pattern")
    @Operation(summary = "Arbetsschemat för deltagaren på placeringen (den som får läsa deltagaren)")
    WorkPatternView pattern(@PathVariable UUID id) {
        return schedules.pattern(id);
    }

    @PutMapping("/api/v1/proposals/{id}/work-pattern")
    @Operation(summary = "Sätt arbetsschemat (placeringens koordinatorer och arbetsgivare); sparas med de krockar "
            + "med kursdagar det ger, som varning")
    PatternSaved setPattern(@PathVariable UUID id, @Valid @RequestBody WorkPatternCommand command) {
        return schedules.setPattern(id, command);
    }

    @PostMapping("/api/v1/proposals/{id}/work-pattern/preview")
    @Operation(summary = "Förhandsvisa ett arbetsschema och dess krockar utan att spara")
    PatternSaved preview(@PathVariable UUID id, @Valid @RequestBody WorkPatternCommand command) {
        return schedules.preview(id, command);
    }

    @GetMapping("/api/v1/participants/{id}/week")
    @Operation(summary = "Deltagarens vecka (ISO-vecka, t.ex. 2026-W53; utan: denna vecka) med krockar markerade")
    WeekView week(@PathVariable UUID id, @RequestParam(required = false) String week) {
        return schedules.week(id, week);
    }

    @GetMapping("/api/v1/me/week")
    @Operation(summary = "Min vecka (deltagare)")
    WeekView myWeek(@RequestParam(required = false) String week) {
        return schedules.myWeek(week);
    }

    @GetMapping("/api/v1/supervised-week")
    @Operation(summary = "Handledarens deltagare och deras dagar på arbetsplatsen under veckan")
    SupervisedWeek supervised(@RequestParam(required = false) String week) {
        return schedules.supervised(week);
    }

    @GetMapping("/api/v1/calendar-feed")
    @Operation(summary = "Min kalenderlänk (utan den hemliga delen); 404 när jag inte har någon")
    FeedLink myFeed() {
        return feeds.mine().orElseThrow(() -> new NotFoundException("schedules.feed.notFound"));
    }

    @PostMapping("/api/v1/calendar-feed")
    @Operation(summary = "Skapa en ny kalenderlänk (deltagare, handledare, lärare); den gamla slutar gälla. Länken "
            + "visas bara nu.")
    @ResponseStatus(HttpStatus.CREATED)
    FeedLink createFeed() {
        return feeds.create();
    }

    @DeleteMapping("/api/v1/calendar-feed")
    @Operation(summary = "Återkalla min kalenderlänk")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFeed() {
        feeds.revoke();
    }
}
