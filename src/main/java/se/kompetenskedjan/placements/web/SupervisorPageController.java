package se.kompetenskedjan.placements.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
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
import se.kompetenskedjan.placements.StaffingCommand;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * The supervisor inventory of the user's organisation (list, create, edit) and the report of units by supervisor
 * capacity and training, where the unit's staff count is set.
 */
@Controller
class SupervisorPageController {

    private final Supervisors supervisors;
    private final IdentityDirectory identity;
    private final HostUnits hostUnits;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final MessageSource messages;

    SupervisorPageController(Supervisors supervisors, IdentityDirectory identity, HostUnits hostUnits, CurrentUsers currentUsers,
            FormValidation validation, MessageSource messages) {
        this.hostUnits = hostUnits;
        this.supervisors = supervisors;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.messages = messages;
    }

    @GetMapping("/handledare")
    String list(@RequestParam(name = "enhet", required = false) UUID unitId, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("result", supervisors.list(unitId, page, 20));
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", identity.units(me.organisationId().value(), 0, 100).items());
        model.addAttribute("canManage", PlacementPageController.mayCreate(me));
        return "placements/supervisors";
    }

    @GetMapping("/handledare/ny")
    String newForm(Model model) {
        requireManager();
        return form(model, new SupervisorForm(), null);
    }

    @PostMapping("/handledare")
    String create(@ModelAttribute("supervisor") SupervisorForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireManager();
        if (validation.validate(form.toCommand(), errors)) {
            try {
                SupervisorView created = supervisors.create(form.toCommand());
                redirect.addFlashAttribute("saved", "supervisors.saved.created");
                redirect.addFlashAttribute("savedName", created.name());
                return "redirect:/handledare";
            } catch (InvalidFieldException e) {
                FormErrors.reject(e, errors);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/handledare/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        requireManager();
        SupervisorView existing = supervisors.get(id);
        return form(model, SupervisorForm.of(existing), existing);
    }

    @PostMapping("/handledare/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("supervisor") SupervisorForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireManager();
        SupervisorView existing = supervisors.get(id);
        if (validation.validate(form.toCommand(), errors)) {
            try {
                SupervisorView saved = supervisors.update(id, form.toCommand());
                redirect.addFlashAttribute("saved", "supervisors.saved.updated");
                redirect.addFlashAttribute("savedName", saved.name());
                return "redirect:/handledare";
            } catch (InvalidFieldException e) {
                FormErrors.reject(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return form(model, form, existing);
    }

    @GetMapping("/handledare/rapport")
    String report(@RequestParam(required = false) Integer page, Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("result", supervisors.report(page, 20));
        model.addAttribute("canManage", PlacementPageController.mayCreate(me));
        model.addAttribute("myOrganisation", me.organisationId().value());
        return "placements/supervision-report";
    }

    @PostMapping("/handledare/rapport/enheter/{unitId}")
    String setStaffing(@PathVariable UUID unitId, @RequestParam(required = false) String staffCount,
            @RequestParam(required = false) Integer page, RedirectAttributes redirect) {
        requireManager();
        Integer count = parseCount(staffCount);
        String back = "redirect:/handledare/rapport" + (page == null ? "" : "?page=" + page) + "#enhet-" + unitId;
        if (count == null && (staffCount == null || staffCount.isBlank())) {
            redirect.addFlashAttribute("errors", List.of(text("staffing.count.required")));
            return back;
        }
        if (count == null || count < 0 || count > 100_000) {
            redirect.addFlashAttribute("errors", List.of(text("staffing.count.range")));
            return back;
        }
        StaffingCommand command = new StaffingCommand(count);
        try {
            supervisors.setStaffing(unitId, command);
            redirect.addFlashAttribute("saved", "supervisors.saved.staffing");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return back;
    }

    private static Integer parseCount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String form(Model model, SupervisorForm form, SupervisorView existing) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("supervisor", form);
        model.addAttribute("existing", existing);
        model.addAttribute("units", hostUnits.of(me));
        model.addAttribute("accounts", identity.usersWithRole(me.organisationId(), Role.SUPERVISOR));
        return "placements/supervisor-form";
    }

    private void requireManager() {
        if (!PlacementPageController.mayCreate(currentUsers.current())) {
            throw new AccessDeniedException("may not manage supervisors");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
