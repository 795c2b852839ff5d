package se.kompetenskedjan.identity.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OidcAccountLinks;
import se.kompetenskedjan.identity.OidcLinkView;
import se.kompetenskedjan.identity.OidcSubjectCommand;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationView;
import se.kompetenskedjan.identity.PasswordChange;
import se.kompetenskedjan.identity.PasswordReset;
import se.kompetenskedjan.identity.TooManyAttemptsException;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.shared.ApiProblems;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisationer, enheter och användare")
class IdentityApiController {

    private final IdentityDirectory directory;
    private final CurrentUsers currentUsers;
    private final OidcAccountLinks oidcLinks;
    private final ApiProblems problems;

    IdentityApiController(IdentityDirectory directory, CurrentUsers currentUsers, OidcAccountLinks oidcLinks,
            ApiProblems problems) {
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.oidcLinks = oidcLinks;
        this.problems = problems;
    }

    @GetMapping("/me")
    @Operation(summary = "Den inloggade användaren")
    CurrentUser me() {
        return currentUsers.current();
    }

    @GetMapping("/organisations")
    @Operation(summary = "Lista organisationer (sidindelad)")
    PageResult<OrganisationView> organisations(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return directory.organisations(page, size);
    }

    @GetMapping("/organisations/{id}")
    OrganisationView organisation(@PathVariable UUID id) {
        return directory.organisation(id);
    }

    @PostMapping("/organisations")
    @Operation(summary = "Skapa organisation (plattformens administratör)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OrganisationView> createOrganisation(@Valid @RequestBody OrganisationCommand command) {
        OrganisationView created = directory.createOrganisation(command);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/organisations/{id}")
    OrganisationView updateOrganisation(@PathVariable UUID id, @Valid @RequestBody OrganisationCommand command) {
        return directory.updateOrganisation(id, command);
    }

    @GetMapping("/organisations/{id}/units")
    PageResult<UnitView> units(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return directory.units(id, page, size);
    }

    @PostMapping("/organisations/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UnitView> createUnit(@PathVariable UUID id, @Valid @RequestBody UnitCommand command) {
        UnitView created = directory.createUnit(id, command);
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
    }

    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable UUID id) {
        return directory.unit(id);
    }

    @PutMapping("/units/{id}")
    UnitView updateUnit(@PathVariable UUID id, @Valid @RequestBody UnitCommand command) {
        return directory.updateUnit(id, command);
    }

    @GetMapping("/organisations/{id}/users")
    @Operation(summary = "Användare i en organisation (organisationens administratör)")
    PageResult<UserView> users(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return directory.users(id, page, size);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> createUser(@Valid @RequestBody UserCommand command) {
        UserView created = directory.createUser(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/users/{id}")
    UserView user(@PathVariable UUID id) {
        return directory.user(id);
    }

    @PutMapping("/users/{id}")
    UserView updateUser(@PathVariable UUID id, @Valid @RequestBody UserCommand command) {
        return directory.updateUser(id, command);
    }

    @PutMapping("/users/{id}/oidc-subject")
    @Operation(summary = "Koppla kontot till en person hos organisationens inloggning (OIDC)",
            description = "Bearer-token och OIDC-inloggning med detta subjekt (sub) från den konfigurerade utfärdaren "
                    + "loggar in som kontot. Organisationens eller plattformens administratör; inte deltagarkonton.")
    OidcLinkView linkOidcSubject(@PathVariable UUID id, @Valid @RequestBody OidcSubjectCommand command) {
        return oidcLinks.link(id, command);
    }

    @DeleteMapping("/users/{id}/oidc-subject")
    @Operation(summary = "Ta bort kontots koppling till organisationens inloggning (OIDC)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> unlinkOidcSubject(@PathVariable UUID id) {
        oidcLinks.unlink(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/me/password")
    @Operation(summary = "Byt ditt eget lösenord (nuvarande och nytt); dina andra inloggningar avslutas")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request) {
        directory.changeOwnPassword(change, request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/password")
    @Operation(summary = "Sätt nytt lösenord för en användare (organisationens administratör); användarens inloggningar avslutas")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset reset) {
        directory.resetPassword(id, reset);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/sessions/end")
    @Operation(summary = "Avsluta alla inloggningar för en användare (organisationens administratör)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> endSessions(@PathVariable UUID id) {
        directory.endSessions(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.seconds()))
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "login.throttled", ex.minutes()));
    }
}
