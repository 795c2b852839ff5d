package se.kompetenskedjan.certificates.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.RotateKeyCommand;
import se.kompetenskedjan.certificates.SigningKeyView;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * An organisation's certificate signing keys for its admins (/intyg/nycklar, the signed-in admin's own organisation;
 * platform admins may name another with ?organisation=): the keys with how many certificates each signed, and the
 * "Byt signeringsnyckel" form, which asks for a confirmation that says what the change does before rotating. The page
 * lives here rather than on the organisation page because the identity module may not depend on validation.
 */
@Controller
class SigningKeysPageController {

    private final Certificates certificates;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final FormValidation validation;

    SigningKeysPageController(Certificates certificates, CurrentUsers currentUsers, IdentityDirectory identity,
            FormValidation validation) {
        this.certificates = certificates;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.validation = validation;
    }

    @GetMapping("/intyg/nycklar")
    String keys(@RequestParam(required = false) UUID organisation, Model model) {
        return page(organisationOrOwn(organisation), new RotateKeyForm(), false, model);
    }

    @PostMapping("/intyg/nycklar")
    String rotate(@RequestParam(required = false) UUID organisation, @ModelAttribute("rotation") RotateKeyForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UUID organisationId = organisationOrOwn(organisation);
        RotateKeyCommand command = form.toCommand();
        if (!validation.validate(command, errors)) {
            return page(organisationId, form, false, model);
        }
        if (!form.isConfirmed()) {
            return page(organisationId, form, true, model);
        }
        try {
            SigningKeyView created = certificates.rotateKey(organisationId, command);
            redirect.addFlashAttribute("saved", "certificate.keys.saved." + command.reason());
            redirect.addFlashAttribute("savedName", created.kid());
            return "redirect:/intyg/nycklar?organisation=" + organisationId;
        } catch (InvalidFieldException e) {
            validation.reject(e, errors);
        } catch (ConflictException e) {
            errors.reject(e.messageKey());
        }
        form.setConfirmed(false);
        return page(organisationId, form, false, model);
    }

    private UUID organisationOrOwn(UUID organisation) {
        return organisation != null ? organisation : currentUsers.current().organisationId().value();
    }

    private String page(UUID organisationId, RotateKeyForm form, boolean confirm, Model model) {
        List<SigningKeyView> keys = certificates.signingKeys(organisationId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("organisationName", identity.organisationNames(List.of(organisationId)).get(organisationId));
        model.addAttribute("keys", keys);
        model.addAttribute("activeKey", keys.stream().filter(SigningKeyView::active).findFirst().orElse(null));
        model.addAttribute("rotation", form);
        model.addAttribute("confirm", confirm);
        return "validation/certificates/keys";
    }
}
