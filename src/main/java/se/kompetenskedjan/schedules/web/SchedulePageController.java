package se.kompetenskedjan.schedules.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.kompetenskedjan.schedules.CalendarFeeds;
import se.kompetenskedjan.schedules.FeedLink;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The schedule pages: a participant's week for staff, "Min vecka" for the participant, the supervisor's participants'
 * work days, and the calendar link (created, shown once, revoked). A malformed week is a 400 page.
 */
@Controller
class SchedulePageController {

    private final Schedules schedules;
    private final CalendarFeeds feeds;

    SchedulePageController(Schedules schedules, CalendarFeeds feeds) {
        this.schedules = schedules;
        this.feeds = feeds;
    }

    @GetMapping("/deltagare/{id}/schema")
    String participantWeek(@PathVariable UUID id, @RequestParam(name = "vecka", required = false) String week,
            Model model) {
        model.addAttribute("week", schedules.week(id, week));
        return "schedules/participant";
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
