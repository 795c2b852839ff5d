package se.kompetenskedjan.invitations.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.invitations.Invitations;
import se.kompetenskedjan.invitations.IssuedInvitation;
import se.kompetenskedjan.invitations.OpenInvitation;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * The coordinator's account page of a participant (/deltagare/{id}/konto) and the public invitation page
 * (/inbjudan/{token}) where the participant sets a password.
 */
@Controller
class InvitationPageController {

    private final Invitations invitations;
    private final TokenGuard guard;
    private final MessageSource messages;

    InvitationPageController(Invitations invitations, TokenGuard guard, MessageSource messages) {
        this.invitations = invitations;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/deltagare/{id}/konto")
    String account(@PathVariable UUID id, Model model) {
        model.addAttribute("account", invitations.account(id));
        model.addAttribute("participantId", id);
        if (model.getAttribute("issued") instanceof IssuedInvitation issued) {
            model.addAttribute("qr", QrSvg.of(issued.link(),
                    messages.getMessage("invitation.qr.label", null, LocaleContextHolder.getLocale())));
        }
        return "invitations/account";
    }

    @PostMapping("/deltagare/{id}/konto/inbjudan")
    String invite(@PathVariable UUID id, RedirectAttributes redirect) {
        return issued(id, redirect, () -> invitations.invite(id));
    }

    @PostMapping("/deltagare/{id}/konto/inbjudan/igen")
    String resend(@PathVariable UUID id, RedirectAttributes redirect) {
        return issued(id, redirect, () -> invitations.resend(id));
    }

    @PostMapping("/deltagare/{id}/konto/inbjudan/aterkalla")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            invitations.revoke(id);
            redirect.addFlashAttribute("saved", "invitation.saved.revoked");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/deltagare/" + id + "/konto";
    }

    private String issued(UUID id, RedirectAttributes redirect, java.util.function.Supplier<IssuedInvitation> action) {
        try {
            redirect.addFlashAttribute("issued", action.get());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/deltagare/" + id + "/konto";
    }

    @GetMapping("/inbjudan/{token}")
    String open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (guard.blocked(request.getRemoteAddr())) {
            return notValid(response);
        }
        return invitations.open(token).map(invitation -> {
            model.addAttribute("invitation", invitation);
            model.addAttribute("form", new AcceptForm());
            model.addAttribute("token", token);
            return "invitations/accept";
        }).orElseGet(() -> {
            guard.failed(request.getRemoteAddr());
            return notValid(response);
        });
    }

    @PostMapping("/inbjudan/{token}")
    String accept(@PathVariable String token, @ModelAttribute("form") AcceptForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (guard.blocked(request.getRemoteAddr())) {
            return notValid(response);
        }
        OpenInvitation invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            guard.failed(request.getRemoteAddr());
            return notValid(response);
        }
        if (form.getPassword() == null || form.getPassword().isEmpty()) {
            errors.rejectValue("password", "invitation.password.required");
        } else if (!form.getPassword().equals(form.getRepeat())) {
            errors.rejectValue("repeat", "invitation.password.repeat");
        } else {
            try {
                model.addAttribute("done", invitations.accept(token, form.getPassword()));
                return "invitations/accepted";
            } catch (InvalidFieldException e) {
                e.problems().forEach(problem -> errors.rejectValue("password", problem.messageKey()));
            } catch (NotFoundException e) {
                return notValid(response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        form.setPassword(null);
        form.setRepeat(null);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        return "invitations/accept";
    }

    /** One answer for every link that does not hold (unknown, used, revoked, expired): nothing to learn from it. */
    private static String notValid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "invitations/not-valid";
    }
}
