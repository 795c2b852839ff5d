package se.kompetenskedjan.handovers.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.handovers.HandoverAcceptance;
import se.kompetenskedjan.handovers.HandoverCommand;
import se.kompetenskedjan.handovers.HandoverDecline;
import se.kompetenskedjan.handovers.HandoverView;
import se.kompetenskedjan.handovers.Handovers;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Överlämningar", description = "Överlämning av en deltagare mellan organisationer, med deltagarens samtycke.")
class HandoverApiController {

    private final Handovers handovers;

    HandoverApiController(Handovers handovers) {
        this.handovers = handovers;
    }

    @PostMapping("/api/v1/participants/{id}/handovers")
    @Operation(summary = "Föreslå att lämna över deltagaren till en annan organisation (kräver samtycke som delar med mottagaren)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<HandoverView> propose(@PathVariable UUID id, @Valid @RequestBody HandoverCommand command) {
        HandoverView created = handovers.propose(id, command);
        return ResponseEntity.created(URI.create("/api/v1/handovers/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/participants/{id}/handovers")
    @Operation(summary = "Deltagarens överlämningar, nyaste först")
    List<HandoverView> forParticipant(@PathVariable UUID id) {
        return handovers.forParticipant(id);
    }

    @GetMapping("/api/v1/handovers/incoming")
    @Operation(summary = "Överlämningar som väntar på svar från min organisation")
    PageResult<HandoverView> incoming(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return handovers.incoming(page, size);
    }

    @GetMapping("/api/v1/handovers/outgoing")
    @Operation(summary = "Överlämningar som min organisation har föreslagit")
    PageResult<HandoverView> outgoing(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return handovers.outgoing(page, size);
    }

    @PostMapping("/api/v1/handovers/{id}/acceptance")
    @Operation(summary = "Ta emot deltagaren; coordinatorId blir ny koordinator (annars den som tar emot)")
    HandoverView accept(@PathVariable UUID id, @Valid @RequestBody HandoverAcceptance acceptance) {
        return handovers.accept(id, acceptance);
    }

    @PostMapping("/api/v1/handovers/{id}/decline")
    @Operation(summary = "Tacka nej till överlämningen, med skäl")
    HandoverView decline(@PathVariable UUID id, @Valid @RequestBody HandoverDecline decline) {
        return handovers.decline(id, decline);
    }

    @PostMapping("/api/v1/handovers/{id}/withdrawal")
    @Operation(summary = "Dra tillbaka ett förslag som ännu inte har besvarats")
    HandoverView withdraw(@PathVariable UUID id) {
        return handovers.withdraw(id);
    }
}
