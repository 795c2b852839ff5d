package se.kompetenskedjan.notifications.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.notifications.Notifications;
import se.kompetenskedjan.notifications.OutboxStatus;
import se.kompetenskedjan.shared.SwedishTime;

/** The admins' view of the mail outbox (dead letters first), a retry of a dead one, and the demo's mail sink. */
@Controller
class OutboxPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("sv"))
            .withZone(SwedishTime.SWEDEN);

    private final Notifications notifications;

    OutboxPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/utskick")
    String outbox(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        OutboxStatus shown = status == null ? OutboxStatus.DEAD : status;
        model.addAttribute("status", shown);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("messages", notifications.outbox(shown, page, 50));
        model.addAttribute("time", TIME);
        return "notifications/outbox";
    }

    @PostMapping("/admin/utskick/{id}/nytt-forsok")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.retry(id);
        redirect.addFlashAttribute("retried", true);
        return "redirect:/admin/utskick?status=PENDING";
    }

    @GetMapping("/admin/utskick/mottagna")
    String sink(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("messages", notifications.sink(page, 20));
        model.addAttribute("time", TIME);
        return "notifications/sink";
    }
}
