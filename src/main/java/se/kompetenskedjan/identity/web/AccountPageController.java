package se.kompetenskedjan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.TooManyAttemptsException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;

/** The signed-in user's own password: the one place in the pages where it is changed. */
@Controller
class AccountPageController {

    private final IdentityDirectory directory;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;

    AccountPageController(IdentityDirectory directory, CurrentUsers currentUsers, FormValidation validation) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.validation = validation;
    }

    @GetMapping("/konto/losenord")
    String form(@ModelAttribute("password") PasswordForm form) {
        currentUsers.current();
        form.clear();
        return "identity/password";
    }

    @PostMapping("/konto/losenord")
    String change(@ModelAttribute("password") PasswordForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (validation.validate(form.toCommand(), errors)) {
            try {
                directory.changeOwnPassword(form.toCommand(), request.getRemoteAddr());
                redirect.addFlashAttribute("saved", "account.password.changed");
                return "redirect:/konto/losenord";
            } catch (InvalidFieldException e) {
                validation.reject(e, errors);
            } catch (TooManyAttemptsException e) {
                errors.rejectValue("currentPassword", "login.throttled", new Object[] {e.minutes()}, null);
            }
        }
        form.clear();
        return "identity/password";
    }
}
