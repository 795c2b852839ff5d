package se.kompetenskedjan.handovers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.handovers.HandoverAcceptance;
import se.kompetenskedjan.handovers.HandoverCommand;
import se.kompetenskedjan.handovers.HandoverDecline;
import se.kompetenskedjan.handovers.HandoverStatus;
import se.kompetenskedjan.handovers.HandoverView;
import se.kompetenskedjan.handovers.Handovers;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ConsentView;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;

/** The hand-over pages: proposing from a participant's file, and the organisation's incoming and outgoing lists. */
@Controller
class HandoverPageController {

    private final Handovers handovers;
    private final ParticipantRegister participants;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    HandoverPageController(Handovers handovers, ParticipantRegister participants, IdentityDirectory identity,
            CurrentUsers currentUsers, MessageSource messages) {
        this.handovers = handovers;
        this.participants = participants;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/deltagare/{id}/overlamning")
    @Transactional(readOnly = true)
    String participant(@PathVariable UUID id, Model model) {
        ParticipantFile file = participants.file(id);
        List<HandoverView> history = handovers.forParticipant(id);
        model.addAttribute("p", file.participant());
        model.addAttribute("history", history);
        boolean pending = history.stream().anyMatch(h -> h.status() == HandoverStatus.PROPOSED);
        // only organisations an active consent shares the participant with may receive them
        Map<UUID, String> receivers = new LinkedHashMap<>();
        file.consents().stream().filter(ConsentView::activeToday).flatMap(c -> c.sharedWith().stream())
                .filter(o -> !o.organisationId().equals(file.participant().organisationId()))
                .forEach(o -> receivers.put(o.organisationId(), o.name()));
        model.addAttribute("receivers", file.editable() && !pending ? receivers : null);
        model.addAttribute("mayWithdraw", file.editable());
        return "handovers/participant";
    }

    @PostMapping("/deltagare/{id}/overlamning")
    String propose(@PathVariable UUID id, @RequestParam(required = false) UUID toOrganisationId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return attempt("/deltagare/" + id + "/overlamning", redirect, "handover.page.proposed",
                () -> handovers.propose(id, new HandoverCommand(toOrganisationId, note)));
    }

    @PostMapping("/deltagare/{id}/overlamning/{handoverId}/dra-tillbaka")
    String withdraw(@PathVariable UUID id, @PathVariable UUID handoverId, RedirectAttributes redirect) {
        return attempt("/deltagare/" + id + "/overlamning", redirect, "handover.page.withdrawn",
                () -> handovers.withdraw(handoverId));
    }

    @GetMapping("/overlamningar")
    @Transactional(readOnly = true)
    String organisation(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("incoming", handovers.incoming(0, 50));
        model.addAttribute("outgoing", handovers.outgoing(page, 20));
        var user = currentUsers.current();
        model.addAttribute("coordinators", identity.usersWithRole(user.organisationId(), Role.COORDINATOR));
        model.addAttribute("myId", user.id().value());
        return "handovers/organisation";
    }

    @PostMapping("/overlamningar/{handoverId}/ta-emot")
    String accept(@PathVariable UUID handoverId, @RequestParam(required = false) UUID coordinatorId,
            RedirectAttributes redirect) {
        return attempt("/overlamningar", redirect, "handover.page.accepted",
                () -> handovers.accept(handoverId, new HandoverAcceptance(coordinatorId)));
    }

    @PostMapping("/overlamningar/{handoverId}/tacka-nej")
    String decline(@PathVariable UUID handoverId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("errors", List.of(text("handover.reason.required")));
            return "redirect:/overlamningar";
        }
        return attempt("/overlamningar", redirect, "handover.page.declined",
                () -> handovers.decline(handoverId, new HandoverDecline(reason)));
    }

    private String attempt(String back, RedirectAttributes redirect, String savedKey, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", text(savedKey));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:" + back;
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
