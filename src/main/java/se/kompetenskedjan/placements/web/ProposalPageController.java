package se.kompetenskedjan.placements.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.EndReason;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalActions;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The employer's inbox of proposals and the page of one proposal, which is also the agreement page of an active
 * placement: the employer answers; the coordinator agrees the start with a supervisor, writes the agreement, has it
 * approved by all three parties (the participant's approval recorded at a meeting) and activates and ends it.
 * Each form shows only to those who may use it now, by the rule the service checks the change with
 * ({@link Selections#actions}): no form is shown whose target refuses the user.
 */
@Controller
class ProposalPageController {

    private final Selections selections;
    private final Placements placements;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final MessageSource messages;
    private final Clock clock;

    ProposalPageController(Selections selections, Placements placements, IdentityDirectory identity,
            CurrentUsers currentUsers, FormValidation validation, MessageSource messages, Clock clock) {
        this.selections = selections;
        this.placements = placements;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/forslag")
    @Transactional(readOnly = true)
    String inbox(@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser me = requireStaff();
        model.addAttribute("result", selections.forEmployer(status, unit, page, 20));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("unit", unit);
        model.addAttribute("units", identity.units(me.organisationId().value(), 0, 100).items());
        return "placements/proposals";
    }

    @GetMapping("/forslag/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser me = requireStaff();
        ProposalView proposal = selections.get(id);
        PlacementView place = placeOf(proposal);
        ProposalActions rights = selections.actions(id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("place", place);
        model.addAttribute("rights", rights);
        // back to the inbox for those who have one and this place in it, else to the place if it may be opened
        model.addAttribute("employerView", place != null && me.organisationId().value().equals(place.organisationId())
                && selections.mayReadEmployerInbox());
        if (rights.review() && !model.containsAttribute("review")) {
            model.addAttribute("review", new ProposalForms.Review());
        }
        if (rights.agreeStart() && !model.containsAttribute("start")) {
            model.addAttribute("start", ProposalForms.Start.startingOn(SwedishTime.today(clock)));
        }
        if (rights.writeAgreement() && !model.containsAttribute("agreement")) {
            model.addAttribute("agreement", ProposalForms.Agreement.of(proposal));
        }
        if (rights.end() && !model.containsAttribute("ending")) {
            model.addAttribute("ending", ProposalForms.End.endedOn(SwedishTime.today(clock)));
        }
        java.util.Map<AgreementParty, ProposalView.Approval> approvals = new java.util.EnumMap<>(AgreementParty.class);
        proposal.approvals().forEach(a -> approvals.put(a.party(), a));
        model.addAttribute("approvals", approvals);
        model.addAttribute("parties", AgreementParty.values());
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("freeSupervisors", place == null ? List.of() : place.supervisors().stream()
                .filter(s -> s.willing() && s.freeSlots() > 0).toList());
        return "placements/proposal";
    }

    @PostMapping("/forslag/{id}/svar")
    String review(@PathVariable UUID id, @ModelAttribute("review") ProposalForms.Review form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        return submit(id, form.toCommand(), errors, model, redirect, "proposals.saved.reviewed",
                () -> selections.review(id, form.toCommand()));
    }

    @PostMapping("/forslag/{id}/start")
    String agreeStart(@PathVariable UUID id, @ModelAttribute("start") ProposalForms.Start form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        return submit(id, form.toCommand(), errors, model, redirect, "proposals.saved.started",
                () -> selections.agreeStart(id, form.toCommand()));
    }

    @PostMapping("/forslag/{id}/overenskommelse")
    String saveAgreement(@PathVariable UUID id, @ModelAttribute("agreement") ProposalForms.Agreement form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireStaff();
        return submit(id, form.toCommand(), errors, model, redirect, "proposals.saved.agreement",
                () -> selections.saveAgreement(id, form.toCommand()));
    }

    @PostMapping("/forslag/{id}/avsluta")
    String end(@PathVariable UUID id, @ModelAttribute("ending") ProposalForms.End form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        return submit(id, form.toCommand(), errors, model, redirect, "proposals.saved.ended",
                () -> selections.end(id, form.toCommand()));
    }

    @PostMapping("/forslag/{id}/godkann")
    String approve(@PathVariable UUID id, @RequestParam(required = false) AgreementParty party,
            RedirectAttributes redirect) {
        requireStaff();
        if (party == null) {
            return failed(id, redirect, List.of(text("agreement.party.required")));
        }
        return act(id, redirect, "proposals.saved.approved." + party, () -> selections.approve(id, party));
    }

    @PostMapping("/forslag/{id}/aktivera")
    String activate(@PathVariable UUID id, @RequestParam(required = false) Long lockVersion,
            RedirectAttributes redirect) {
        requireStaff();
        if (lockVersion == null) {
            return failed(id, redirect, List.of(text("proposal.lockVersion.required")));
        }
        return act(id, redirect, "proposals.saved.activated", () -> selections.activate(id, lockVersion));
    }

    @PostMapping("/forslag/{id}/aterkalla")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) Long lockVersion,
            RedirectAttributes redirect) {
        requireStaff();
        if (lockVersion == null) {
            return failed(id, redirect, List.of(text("proposal.lockVersion.required")));
        }
        return act(id, redirect, "proposals.saved.withdrawn", () -> selections.withdraw(id, lockVersion));
    }

    private PlacementView placeOf(ProposalView proposal) {
        try {
            return placements.get(proposal.placementId());
        } catch (NotFoundException | AccessDeniedException e) {
            return null; // the place is no longer shared with the reader: the proposal still shows its name
        }
    }

    /** Validates the form's command, runs the change and returns to the page; problems come back on the form. */
    private String submit(UUID id, Object command, BindingResult errors, Model model, RedirectAttributes redirect,
            String savedKey, Supplier<ProposalView> action) {
        if (validation.validate(command, errors)) {
            try {
                action.get();
                redirect.addFlashAttribute("saved", savedKey);
                return "redirect:/forslag/" + id;
            } catch (InvalidFieldException e) {
                FormErrors.reject(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return show(id, model);
    }

    private String act(UUID id, RedirectAttributes redirect, String savedKey, Supplier<ProposalView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", savedKey);
            return "redirect:/forslag/" + id;
        } catch (InvalidFieldException e) {
            return failed(id, redirect, e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            return failed(id, redirect, List.of(text(e.messageKey())));
        }
    }

    private String failed(UUID id, RedirectAttributes redirect, List<String> errors) {
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/forslag/" + id;
    }

    /** Participants follow their proposals on Platsbanken; this page is for staff. */
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
