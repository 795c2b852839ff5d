package se.kompetenskedjan.participants.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ConsentView;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSearch;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Deltagare", description = "Deltagarregistret. Varje läsning och ändring loggas.")
class ParticipantApiController {

    private final ParticipantRegister register;

    ParticipantApiController(ParticipantRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Sök deltagare (namn, status, koordinator), sidindelat")
    PageResult<ParticipantSummary> search(@Valid @ParameterObject ParticipantSearch search) {
        return register.search(search);
    }

    @PostMapping
    @Operation(summary = "Registrera deltagare")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ParticipantView> create(@Valid @RequestBody ParticipantCommand command) {
        ParticipantView created = register.create(command);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ParticipantView get(@PathVariable UUID id) {
        return register.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Ändra deltagare; version måste vara den som lästes (annars 409)")
    ParticipantView update(@PathVariable UUID id, @Valid @RequestBody ParticipantCommand command) {
        return register.update(id, command);
    }

    @GetMapping("/{id}/consents")
    List<ConsentView> consents(@PathVariable UUID id) {
        return register.consents(id);
    }

    @PostMapping("/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsentView> giveConsent(@PathVariable UUID id, @Valid @RequestBody ConsentCommand command) {
        ConsentView consent = register.giveConsent(id, command);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/consents/" + consent.id())).body(consent);
    }

    @PostMapping("/{id}/consents/{consentId}/withdrawal")
    @Operation(summary = "Återkalla samtycke; delningen upphör direkt")
    ConsentView withdraw(@PathVariable UUID id, @PathVariable UUID consentId) {
        return register.withdrawConsent(id, consentId);
    }

    @GetMapping("/{id}/supervisions")
    List<SupervisionView> supervisions(@PathVariable UUID id) {
        return register.supervisions(id);
    }

    @GetMapping("/{id}/access-log")
    @Operation(summary = "Vem har läst eller ändrat deltagarens uppgifter")
    PageResult<AuditEntryView> accessLog(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.accessLog(id, page, size);
    }
}
