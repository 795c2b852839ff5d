package se.kompetenskedjan.plans.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.plans.FollowUpOutcomeCommand;
import se.kompetenskedjan.plans.FollowUpPoint;
import se.kompetenskedjan.plans.JourneyFollowUps;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;

/** The small form on the journey page that records the outcome 90 or 180 days after an ended journey. */
@Controller
class FollowUpOutcomePageController {

    private final JourneyFollowUps followUps;
    private final MessageSource messages;

    FollowUpOutcomePageController(JourneyFollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @PostMapping("/deltagare/{id}/resa/{journeyId}/uppfoljning")
    String record(@PathVariable UUID id, @PathVariable UUID journeyId,
            @RequestParam(required = false) FollowUpPoint point, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        String back = "redirect:/deltagare/" + id + "/resa#uppfoljning-" + journeyId;
        List<String> missing = new java.util.ArrayList<>();
        if (point == null) {
            missing.add(text("followUp.point.required"));
        }
        if (outcome == null) {
            missing.add(text("journey.outcome.required"));
        }
        if (on == null) {
            missing.add(text("journey.date.required"));
        }
        if (note != null && note.length() > 1000) {
            missing.add(text("field.tooLong"));
        }
        if (!missing.isEmpty()) {
            redirect.addFlashAttribute("errors", missing);
            return back;
        }
        try {
            followUps.record(id, journeyId, new FollowUpOutcomeCommand(point, outcome, on, note));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return back;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
