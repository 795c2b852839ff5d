package se.kompetenskedjan.matching.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The matching pages: participants ranked for a place, and places ranked for a participant, each match with its
 * explanation ("Varför?": every hard requirement and every criterion, in the reader's language) and a button that
 * proposes the pair to the employer.
 */
@Controller
class MatchingPageController {

    static final int LIMIT = 20;

    private final Matching matching;
    private final Placements placements;
    private final Selections selections;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    MatchingPageController(Matching matching, Placements placements, Selections selections,
            ParticipantRegister participants, CurrentUsers currentUsers, MessageSource messages) {
        this.matching = matching;
        this.placements = placements;
        this.selections = selections;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/platser/{id}/matchning")
    String candidates(@PathVariable UUID id, Model model) {
        requireStaff();
        model.addAttribute("place", placements.get(id));
        model.addAttribute("ranking", matching.candidatesFor(id, LIMIT));
        return "matching/candidates";
    }

    @PostMapping("/platser/{id}/matchning/forslag")
    String proposeCandidate(@PathVariable UUID id, @RequestParam(required = false) UUID participantId,
            @RequestParam(required = false) Integer score, @RequestParam(required = false) String motivation,
            RedirectAttributes redirect) {
        requireStaff();
        try {
            ProposalView proposal = propose(id, participantId, score, motivation);
            redirect.addFlashAttribute("saved", "matchingPage.saved.proposed");
            redirect.addFlashAttribute("proposedId", proposal.id());
            redirect.addFlashAttribute("proposedName", proposal.participantName());
            return "redirect:/platser/" + id + "#forslag";
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/platser/" + id + "/matchning";
    }

    @GetMapping("/deltagare/{id}/matchning")
    String placementsFor(@PathVariable UUID id, Model model) {
        requireStaff();
        model.addAttribute("p", participants.get(id));
        model.addAttribute("ranking", matching.placementsFor(id, LIMIT));
        return "matching/placements";
    }

    @PostMapping("/deltagare/{id}/matchning/forslag")
    String proposePlacement(@PathVariable UUID id, @RequestParam(required = false) UUID placementId,
            @RequestParam(required = false) Integer score, @RequestParam(required = false) String motivation,
            RedirectAttributes redirect) {
        requireStaff();
        try {
            ProposalView proposal = propose(placementId, id, score, motivation);
            redirect.addFlashAttribute("saved", "matchingPage.saved.proposedPlace");
            redirect.addFlashAttribute("proposedId", proposal.id());
            redirect.addFlashAttribute("proposedName", proposal.placementTitle());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/deltagare/" + id + "/matchning";
    }

    private ProposalView propose(UUID placementId, UUID participantId, Integer score, String motivation) {
        if (placementId == null) {
            throw new InvalidFieldException("placementId", "proposal.placement.required");
        }
        if (participantId == null) {
            throw new InvalidFieldException("participantId", "proposal.participant.required");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidFieldException("score", "proposal.score.range");
        }
        String text = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (text != null && text.length() > 2000) {
            throw new InvalidFieldException("motivation", "field.tooLong");
        }
        return selections.propose(new ProposeCommand(placementId, participantId, score, text));
    }

    private CurrentUser requireStaff() {
        CurrentUser me = currentUsers.current();
        if (me.isAnyOf(Role.PARTICIPANT, Role.ANALYST)) {
            throw new AccessDeniedException("staff only");
        }
        return me;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
