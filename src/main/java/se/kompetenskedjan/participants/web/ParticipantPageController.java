package se.kompetenskedjan.participants.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.EducationLevel;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSearch;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.DuplicateKeys;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

@Controller
class ParticipantPageController {

    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final Clock clock;

    ParticipantPageController(ParticipantRegister register, IdentityDirectory identity, CurrentUsers currentUsers,
            FormValidation validation, Clock clock) {
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.clock = clock;
    }

    @GetMapping("/deltagare")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ParticipantStatus status,
            @RequestParam(required = false) UUID coordinatorId, @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 100));
        model.addAttribute("result", register.search(new ParticipantSearch(query, status, coordinatorId, page, 20)));
        model.addAttribute("q", query);
        model.addAttribute("status", status);
        model.addAttribute("coordinatorId", coordinatorId);
        model.addAttribute("statuses", ParticipantStatus.values());
        model.addAttribute("coordinators", identity.usersWithRole(currentUsers.current().organisationId(), Role.COORDINATOR));
        model.addAttribute("canCreate", register.canCreate());
        return htmx != null ? "participants/list :: results" : "participants/list";
    }

    @GetMapping("/deltagare/ny")
    String newForm(Model model) {
        ParticipantForm form = new ParticipantForm();
        form.setStatus(ParticipantStatus.REFERRED);
        form.setCoordinatorId(currentUsers.current().is(Role.COORDINATOR) ? currentUsers.current().id().value() : null);
        return form(model, form, null);
    }

    @PostMapping("/deltagare")
    String create(@ModelAttribute("participant") ParticipantForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!validation.validate(form.toCommand(), errors)) {
            return form(model, form, null);
        }
        try {
            ParticipantView created = register.create(form.toCommand());
            redirect.addFlashAttribute("saved", "participant.saved.created");
            return "redirect:/deltagare/" + created.id();
        } catch (InvalidFieldException e) {
            validation.reject(e, errors);
        } catch (DataIntegrityViolationException e) {
            errors.reject(DuplicateKeys.messageKeyFor(e));
        }
        return form(model, form, null);
    }

    @GetMapping("/deltagare/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable UUID id, Model model) {
        ParticipantFile file = register.file(id);
        model.addAttribute("file", file);
        model.addAttribute("p", file.participant());
        if (file.editable() && !model.containsAttribute("consent")) {
            model.addAttribute("consent", ConsentForm.givenOn(SwedishTime.today(clock)));
        }
        model.addAttribute("organisationChoices", identity.organisationChoices().stream()
                .filter(o -> !o.id().equals(file.participant().organisationId())).toList());
        return "participants/view";
    }

    @GetMapping("/deltagare/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        ParticipantView participant = register.get(id);
        return form(model, ParticipantForm.of(participant), participant);
    }

    @PostMapping("/deltagare/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("participant") ParticipantForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (validation.validate(form.toCommand(), errors)) {
            try {
                register.update(id, form.toCommand());
                redirect.addFlashAttribute("saved", "participant.saved.updated");
                return "redirect:/deltagare/" + id;
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            } catch (ConflictException e) {
                // A stale version, or a status that the participant's journeys decide.
                errors.reject(e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                errors.reject("problem.editConflict");
            } catch (DataIntegrityViolationException e) {
                errors.reject(DuplicateKeys.messageKeyFor(e));
            }
        }
        return form(model, form, register.get(id));
    }

    @PostMapping("/deltagare/{id}/samtycken")
    String giveConsent(@PathVariable UUID id, @ModelAttribute("consent") ConsentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (validation.validate(form.toCommand(), errors)) {
            try {
                register.giveConsent(id, form.toCommand());
                redirect.addFlashAttribute("saved", "consent.saved");
                return "redirect:/deltagare/" + id + "#samtycken";
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            }
        }
        return show(id, model);
    }

    @PostMapping("/deltagare/{id}/samtycken/{consentId}/aterkalla")
    String withdrawConsent(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
        register.withdrawConsent(id, consentId);
        redirect.addFlashAttribute("saved", "consent.withdrawn");
        return "redirect:/deltagare/" + id + "#samtycken";
    }

    @GetMapping("/deltagare/{id}/logg")
    String accessLog(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("p", register.get(id));
        model.addAttribute("log", register.accessLog(id, page, 20));
        return "participants/access-log";
    }

    private String form(Model model, ParticipantForm form, ParticipantView existing) {
        model.addAttribute("participant", form);
        model.addAttribute("existing", existing);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("swedishLevels", SwedishLevel.values());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("referralSources", ReferralSource.values());
        model.addAttribute("incomeSources", IncomeSource.values());
        model.addAttribute("statuses", Arrays.asList(ParticipantStatus.values()));
        model.addAttribute("coordinators", identity.usersWithRole(currentUsers.current().organisationId(), Role.COORDINATOR));
        return "participants/form";
    }
}
