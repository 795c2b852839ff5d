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
import jakarta.validation.Validator;
import se.kompetenskedjan.matching.AllocationCommand;
import se.kompetenskedjan.matching.ConfirmAllocationCommand;
import se.kompetenskedjan.matching.HardRequirement;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.matching.TravelMode;
import se.kompetenskedjan.matching.WaiverCommand;
import se.kompetenskedjan.participants.ParticipantSearch;
import se.kompetenskedjan.placements.PlacementSearch;
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
    private final Validator validator;

    MatchingPageController(Matching matching, Placements placements, Selections selections,
            ParticipantRegister participants, CurrentUsers currentUsers, MessageSource messages, Validator validator) {
        this.validator = validator;
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
        model.addAttribute("mayPropose", selections.mayPropose());
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
        model.addAttribute("profile", matching.candidateProfile(id));
        model.addAttribute("mayEditProfile", participants.requireRead(id).mayEdit());
        model.addAttribute("mayPropose", selections.mayPropose());
        model.addAttribute("openPlaces", placements.search(new PlacementSearch(null, null, null, null, true, false, 0, 100)).items());
        model.addAttribute("travelModes", TravelMode.values());
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

    @PostMapping("/deltagare/{id}/matchning/profil")
    String saveProfile(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean seeking,
            @RequestParam(required = false) String travelMode, @RequestParam(required = false) String maxTravelMinutes,
            @RequestParam(required = false) String interests, @RequestParam(required = false) String homeLatitude,
            @RequestParam(required = false) String homeLongitude, RedirectAttributes redirect) {
        requireStaff();
        try {
            matching.saveCandidateProfile(id, CandidateProfileForm.command(seeking, travelMode, maxTravelMinutes,
                    interests, homeLatitude, homeLongitude, matching.candidateProfile(id), validator));
            redirect.addFlashAttribute("saved", "matchingPage.profile.saved");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        }
        return "redirect:/deltagare/" + id + "/matchning#profil";
    }

    @GetMapping("/deltagare/{id}/matchning/plats")
    String explain(@PathVariable UUID id, @RequestParam(required = false) UUID plats, Model model) {
        requireStaff();
        if (plats == null) {
            return "redirect:/deltagare/" + id + "/matchning";
        }
        model.addAttribute("p", participants.get(id));
        model.addAttribute("m", matching.explain(id, plats));
        model.addAttribute("mayWaive", matching.mayWaive(id));
        return "matching/pair";
    }

    @PostMapping("/deltagare/{id}/matchning/plats/undantag")
    String waive(@PathVariable UUID id, @RequestParam(required = false) UUID placementId,
            @RequestParam(required = false) String requirement, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        requireStaff();
        try {
            HardRequirement waived = requirement == null ? null : HardRequirement.valueOf(requirement);
            var violations = validator.validate(new WaiverCommand(placementId, waived, reason));
            if (!violations.isEmpty()) {
                redirect.addFlashAttribute("errors", violations.stream().map(v -> v.getMessage()).sorted().toList());
            } else {
                matching.waive(id, new WaiverCommand(placementId, waived, reason));
                redirect.addFlashAttribute("saved", "matchingPage.waiver.saved");
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of(text("waiver.requirement.required")));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/deltagare/" + id + "/matchning/plats?plats=" + placementId;
    }

    @GetMapping("/fordelning")
    String allocationForm(Model model) {
        requireMatcher();
        model.addAttribute("people", participants.search(new ParticipantSearch(null, null, null, 0, 100)).items());
        model.addAttribute("places", placements.search(new PlacementSearch(null, null, null, null, true, false, 0, 100)).items());
        return "matching/allocation";
    }

    @PostMapping("/fordelning")
    String allocate(@RequestParam(name = "participantIds", required = false) List<UUID> participantIds,
            @RequestParam(name = "placementIds", required = false) List<UUID> placementIds, Model model) {
        requireMatcher();
        AllocationCommand command = new AllocationCommand(participantIds == null ? List.of() : participantIds,
                placementIds == null ? List.of() : placementIds);
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            model.addAttribute("errors", violations.stream().map(v -> v.getMessage()).sorted().toList());
            return allocationForm(model);
        }
        model.addAttribute("allocation", matching.allocate(command));
        return "matching/allocation-result";
    }

    @PostMapping("/fordelning/bekrafta")
    String confirm(@RequestParam(name = "keep", required = false) List<String> keep, Model model,
            RedirectAttributes redirect) {
        requireMatcher();
        List<ConfirmAllocationCommand.Pair> pairs = keep == null ? List.of() : keep.stream().map(k -> k.split(":"))
                .filter(parts -> parts.length == 2)
                .map(parts -> new ConfirmAllocationCommand.Pair(UUID.fromString(parts[0]), UUID.fromString(parts[1])))
                .toList();
        try {
            if (pairs.isEmpty()) {
                throw new InvalidFieldException("assignments", "allocation.assignments.required");
            }
            List<ProposalView> proposals = matching.confirm(new ConfirmAllocationCommand(pairs));
            redirect.addFlashAttribute("saved", "matchingPage.allocation.confirmed");
            redirect.addFlashAttribute("savedName", proposals.size());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/fordelning";
    }

    private void requireMatcher() {
        if (!currentUsers.current().isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER)) {
            throw new AccessDeniedException("staff who place participants");
        }
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
