package se.kompetenskedjan.schedules.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.schedules.CalendarFeeds;

/** The secret feed link, read by calendar programs without signing in; unknown or revoked: 404. */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.render(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "no-store")
                        .header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
