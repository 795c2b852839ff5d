package se.kompetenskedjan.identity.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.ExternalWorkplaceView;
import se.kompetenskedjan.identity.ExternalWorkplaces;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * Workplaces without an account, for the municipality that manages them: the list, registering one, its page and
 * changing its details. Places at such a workplace are made on the places pages like any other.
 */
@Controller
class ExternalWorkplacePageController {

    private final ExternalWorkplaces workplaces;
    private final FormValidation validation;

    ExternalWorkplacePageController(ExternalWorkplaces workplaces, FormValidation validation) {
        this.workplaces = workplaces;
        this.validation = validation;
    }

    @GetMapping("/arbetsplatser-utan-konto")
    String list(Model model) {
        model.addAttribute("workplaces", workplaces.list());
        model.addAttribute("mayRegister", workplaces.mayRegister());
        return "identity/external-workplaces";
    }

    @GetMapping("/arbetsplatser-utan-konto/ny")
    String newForm(Model model) {
        requireRegistrar();
        return form(model, new ExternalWorkplaceForm(), null);
    }

    @PostMapping("/arbetsplatser-utan-konto")
    String register(@ModelAttribute("workplace") ExternalWorkplaceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireRegistrar();
        if (validation.validate(form.toCommand(), errors)) {
            try {
                ExternalWorkplaceView created = workplaces.register(form.toCommand());
                redirect.addFlashAttribute("saved", "externalWorkplace.saved.created");
                return "redirect:/arbetsplatser-utan-konto/" + created.organisationId();
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/arbetsplatser-utan-konto/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("workplace", workplaces.get(id));
        return "identity/external-workplace";
    }

    @GetMapping("/arbetsplatser-utan-konto/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        ExternalWorkplaceView existing = editable(id);
        return form(model, ExternalWorkplaceForm.of(existing), existing);
    }

    @PostMapping("/arbetsplatser-utan-konto/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("workplace") ExternalWorkplaceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ExternalWorkplaceView existing = editable(id);
        if (validation.validate(form.toCommand(), errors)) {
            try {
                workplaces.update(id, form.toCommand());
                redirect.addFlashAttribute("saved", "externalWorkplace.saved.updated");
                return "redirect:/arbetsplatser-utan-konto/" + id;
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return form(model, form, existing);
    }

    private ExternalWorkplaceView editable(UUID id) {
        ExternalWorkplaceView existing = workplaces.get(id);
        if (!existing.mayEdit()) {
            throw new AccessDeniedException("the managing municipality changes the workplace");
        }
        return existing;
    }

    private void requireRegistrar() {
        if (!workplaces.mayRegister()) {
            throw new AccessDeniedException("coordinators and admins of a municipality register workplaces");
        }
    }

    private static String form(Model model, ExternalWorkplaceForm form, ExternalWorkplaceView existing) {
        model.addAttribute("workplace", form);
        model.addAttribute("existing", existing);
        return "identity/external-workplace-form";
    }
}
