package se.kompetenskedjan.invitations.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.invitations.Invitations;
import se.kompetenskedjan.invitations.IssuedInvitation;
import se.kompetenskedjan.invitations.ParticipantAccountView;

@RestController
@RequestMapping("/api/v1/participants/{id}")
@Tag(name = "Deltagarkonton", description = "Inbjudan till deltagarens eget konto. För dem som får ändra deltagaren; "
        + "varje anrop loggas.")
class InvitationApiController {

    private final Invitations invitations;

    InvitationApiController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/account")
    @Operation(summary = "Deltagarens konto: inget, inbjuden (till när), aktivt eller avstängt")
    ParticipantAccountView account(@PathVariable UUID id) {
        return invitations.account(id);
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bjud in deltagaren: en engångslänk som gäller i 14 dagar (e-post om adress och e-post finns)",
            description = "409 om deltagaren redan har ett aktivt konto eller en inbjudan som gäller. Länken visas bara här.")
    IssuedInvitation invite(@PathVariable UUID id) {
        return invitations.invite(id);
    }

    @PostMapping("/invitations/resend")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Skicka inbjudan igen: en ny länk, den gamla slutar gälla (409 om ingen inbjudan gäller)")
    IssuedInvitation resend(@PathVariable UUID id) {
        return invitations.resend(id);
    }

    @PostMapping("/invitations/revocation")
    @Operation(summary = "Återkalla inbjudan som gäller (409 om ingen gäller)")
    ParticipantAccountView revoke(@PathVariable UUID id) {
        return invitations.revoke(id);
    }
}
