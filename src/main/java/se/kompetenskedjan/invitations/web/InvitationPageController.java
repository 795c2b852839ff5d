package se.kompetenskedjan.invitations.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.OidcSignIn;
import se.kompetenskedjan.invitations.Invitations;
import se.kompetenskedjan.invitations.IssuedInvitation;
import se.kompetenskedjan.invitations.OpenInvitation;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.QrSymbol;

/**
 * The coordinator's account page of a participant (/deltagare/{id}/konto) and the public invitation page
 * (/inbjudan/{token}) where the participant sets a password or, when the organisation's identity provider is
 * configured, signs in through it.
 */
@Controller
class InvitationPageController {

    /** Where the identity provider's sign-in comes back to when it was started from an invitation. */
    static final String SIGNED_IN_PATH = "/inbjudan/oidc";

    private final Invitations invitations;
    private final TokenGuard guard;
    private final MessageSource messages;
    private final OidcSignIn oidc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InvitationPageController(Invitations invitations, TokenGuard guard, MessageSource messages, OidcSignIn oidc,
            CurrentUsers currentUsers, Clock clock) {
        this.invitations = invitations;
        this.guard = guard;
        this.messages = messages;
        this.oidc = oidc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/deltagare/{id}/konto")
    String account(@PathVariable UUID id, Model model) {
        model.addAttribute("account", invitations.account(id));
        model.addAttribute("participantId", id);
        if (model.getAttribute("issued") instanceof IssuedInvitation issued) {
            model.addAttribute("qr", QrSymbol.svg(issued.link(),
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
            model.addAttribute("form", new AcceptForm());
            return acceptPage(model, invitation, token);
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
        return acceptPage(model, invitation, token);
    }

    /**
     * "Logga in med <provider>" on the invitation page: the token waits in the session while the person signs in at
     * the organisation's identity provider, which then sends them to {@link #signedIn}. Offered (and accepted) only
     * when OIDC sign-in is configured.
     */
    @PostMapping("/inbjudan/{token}/oidc")
    String startSignIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        if (oidc.providerName().isEmpty()) {
            throw new NotFoundException("invitation.notValid");
        }
        if (guard.blocked(request.getRemoteAddr())) {
            return notValid(response);
        }
        if (invitations.open(token).isEmpty()) {
            guard.failed(request.getRemoteAddr());
            return notValid(response);
        }
        HttpSession session = request.getSession();
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(token, clock.instant()));
        return "redirect:" + oidc.start(session, SIGNED_IN_PATH);
    }

    /**
     * Back from the identity provider: the invitation in the session is taken with the provider's subject, and the
     * participant, now signed in, lands on Min trappa. A link that no longer holds (used, revoked or expired meanwhile,
     * or nothing started here) gets the page every such link gets, and a sign-in that belongs to no account ends.
     */
    @GetMapping(SIGNED_IN_PATH)
    String signedIn(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p
                ? p : null;
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        if (pending == null || !pending.holds(clock.instant())) {
            return refused(request, response);
        }
        try {
            invitations.acceptSignedIn(pending.token());
            return "redirect:/min-trappa";
        } catch (NotFoundException e) {
            return refused(request, response);
        } catch (ConflictException e) {
            // The provider's sign-in already belongs to another account: the invitation still holds for a password.
            OpenInvitation invitation = invitations.open(pending.token()).orElse(null);
            if (invitation == null) {
                return refused(request, response);
            }
            AcceptForm form = new AcceptForm();
            BindingResult errors = new BeanPropertyBindingResult(form, "form");
            errors.reject(e.messageKey(), new Object[] {oidc.providerName().orElse("")}, null);
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            signOutWithoutAccount(request, response);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return acceptPage(model, invitation, pending.token());
        }
    }

    private String acceptPage(Model model, OpenInvitation invitation, String token) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("oidcProvider", oidc.providerName().orElse(null));
        return "invitations/accept";
    }

    private String refused(HttpServletRequest request, HttpServletResponse response) {
        signOutWithoutAccount(request, response);
        return notValid(response);
    }

    /** A sign-in through the provider whose subject is linked to no account leads nowhere: it ends. */
    private void signOutWithoutAccount(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (oidc.signedInSubject().isPresent() && currentUsers.currentIfAny().isEmpty()) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
        }
    }

    /** One answer for every link that does not hold (unknown, used, revoked, expired): nothing to learn from it. */
    private static String notValid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "invitations/not-valid";
    }
}
