package se.kompetenskedjan.schedules.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.CalendarFeeds;
import se.kompetenskedjan.schedules.Clash;
import se.kompetenskedjan.schedules.DayPart;
import se.kompetenskedjan.schedules.FeedLink;
import se.kompetenskedjan.schedules.PatternSaved;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.schedules.WorkArrangement;
import se.kompetenskedjan.schedules.WorkPatternCommand;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The schedule pages: a participant's week for staff, "Min vecka" for the participant, the supervisor's participants'
 * work days, and the calendar link (created, shown once, revoked). A malformed week is a 400 page.
 */
@Controller
class SchedulePageController {

    /** A weekday of the pattern form: its value and its name in the page's language. */
    record DayChoice(String value, String label) {
    }

    private final Schedules schedules;
    private final CalendarFeeds feeds;
    private final FormValidation validation;

    SchedulePageController(Schedules schedules, CalendarFeeds feeds, FormValidation validation) {
        this.schedules = schedules;
        this.feeds = feeds;
        this.validation = validation;
    }

    @GetMapping("/deltagare/{id}/schema")
    String participantWeek(@PathVariable UUID id, @RequestParam(name = "vecka", required = false) String week,
            Model model) {
        model.addAttribute("week", schedules.week(id, week));
        List<WorkArrangement> arrangements = schedules.arrangements(id);
        model.addAttribute("arrangements", arrangements);
        model.addAttribute("patternDays", arrangements.stream().filter(a -> a.pattern() != null).collect(
                Collectors.toMap(WorkArrangement::proposalId, a -> days(a.pattern().weekdays()))));
        return "schedules/participant";
    }

    @GetMapping("/deltagare/{id}/schema/arbetsschema/{proposalId}")
    String patternForm(@PathVariable UUID id, @PathVariable UUID proposalId, Model model) {
        WorkArrangement arrangement = arrangementOf(id, proposalId);
        return patternPage(model, arrangement, WorkPatternForm.of(arrangement), List.of());
    }

    @PostMapping("/deltagare/{id}/schema/arbetsschema/{proposalId}")
    String savePattern(@PathVariable UUID id, @PathVariable UUID proposalId,
            @ModelAttribute("pattern") WorkPatternForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        WorkArrangement arrangement = arrangementOf(id, proposalId);
        WorkPatternCommand command = form.toCommand(errors);
        if (validation.validate(command, errors)) {
            try {
                PatternSaved saved = schedules.setPattern(proposalId, command);
                if (saved.clashes().isEmpty()) {
                    redirect.addFlashAttribute("savedVersion", saved.pattern().version());
                    return "redirect:/deltagare/" + id + "/schema";
                }
                // Saved, but the coordinator sees at once what it clashes with (decision 89: a warning, not a refusal).
                WorkArrangement now = new WorkArrangement(arrangement.proposalId(), arrangement.participantId(),
                        arrangement.placeTitle(), arrangement.startsOn(), arrangement.endsOn(), saved.pattern(),
                        arrangement.mayArrange());
                return patternPage(model, now, WorkPatternForm.of(now), saved.clashes());
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return patternPage(model, arrangement, form, List.of());
    }

    private WorkArrangement arrangementOf(UUID participantId, UUID proposalId) {
        WorkArrangement arrangement = schedules.arrangement(proposalId);
        if (!arrangement.participantId().equals(participantId)) {
            throw new NotFoundException("schedules.placement.notFound");
        }
        return arrangement;
    }

    private static String patternPage(Model model, WorkArrangement arrangement, WorkPatternForm form,
            List<Clash> clashes) {
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("pattern", form);
        model.addAttribute("clashes", clashes);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("weekdays", java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new DayChoice(d.name(), d.getDisplayName(TextStyle.FULL, locale))).toList());
        model.addAttribute("alternations", Alternation.values());
        model.addAttribute("dayParts", DayPart.values());
        return "schedules/pattern-form";
    }

    /** The weekdays by name in the page language, comma separated. */
    private static String days(List<DayOfWeek> days) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList();
        return String.join(", ", names);
    }

    @GetMapping("/min-sida/vecka")
    String myWeek(@RequestParam(name = "vecka", required = false) String week, Model model) {
        model.addAttribute("week", schedules.myWeek(week));
        return "schedules/my-week";
    }

    @GetMapping("/schema/mina-deltagare")
    String supervised(@RequestParam(name = "vecka", required = false) String week, Model model) {
        model.addAttribute("week", schedules.supervised(week));
        return "schedules/supervised";
    }

    @GetMapping("/kalender")
    String feed(Model model) {
        if (!feeds.offered()) {
            throw new org.springframework.security.access.AccessDeniedException("no calendar feed for this role");
        }
        FeedLink feed = feeds.mine().orElse(null);
        model.addAttribute("feed", feed);
        model.addAttribute("feedDate", feed == null ? null : feed.createdAt().atZone(SwedishTime.SWEDEN).toLocalDate());
        if (!model.containsAttribute("createdLink")) {
            model.addAttribute("createdLink", null);
        }
        if (!model.containsAttribute("revoked")) {
            model.addAttribute("revoked", false);
        }
        return "schedules/feed";
    }

    @PostMapping("/kalender")
    String createFeed(RedirectAttributes redirect) {
        FeedLink created = feeds.create();
        redirect.addFlashAttribute("createdLink",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(created.path()).toUriString());
        return "redirect:/kalender";
    }

    @PostMapping("/kalender/ta-bort")
    String revokeFeed(RedirectAttributes redirect) {
        feeds.revoke();
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/kalender";
    }
}
