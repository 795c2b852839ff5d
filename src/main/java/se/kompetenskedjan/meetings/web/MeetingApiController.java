package se.kompetenskedjan.meetings.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.meetings.DecisionCommand;
import se.kompetenskedjan.meetings.DecisionHit;
import se.kompetenskedjan.meetings.DecisionSearch;
import se.kompetenskedjan.meetings.DecisionView;
import se.kompetenskedjan.meetings.HeldMeetingCommand;
import se.kompetenskedjan.meetings.MeetingCancellation;
import se.kompetenskedjan.meetings.MeetingCommand;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingSummary;
import se.kompetenskedjan.meetings.MeetingView;
import se.kompetenskedjan.meetings.Meetings;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Möten", description = "Styrgrupp, arbetsgrupp, arbetsplatsträffar och trepartssamtal: deltagare, "
        + "dagordning, anteckningar och beslut som blir uppgifter med ansvarig och datum; sökning bland besluten.")
class MeetingApiController {

    private final Meetings meetings;

    MeetingApiController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Mina möten (som deltagare eller den som planerade): kommande, eller tidigare med past=true")
    PageResult<MeetingSummary> mine(@RequestParam(defaultValue = "false") boolean past,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return meetings.mine(past, page, size);
    }

    @PostMapping("/api/v1/meetings")
    @Operation(summary = "Planera ett möte (trepartssamtal: participantId, och alla deltagare får läsa om deltagaren)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingView> plan(@Valid @RequestBody MeetingCommand command) {
        MeetingView planned = meetings.plan(command);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + planned.id())).body(planned);
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Ett möte med dagordning, anteckningar och beslut (med uppgiftens status)")
    MeetingView meeting(@PathVariable UUID id) {
        return meetings.get(id);
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Ändra ett planerat möte; lockVersion är den som lästes (typ och deltagare ändras inte)")
    MeetingView change(@PathVariable UUID id, @Valid @RequestBody MeetingCommand command) {
        return meetings.change(id, command);
    }

    @PostMapping("/api/v1/meetings/{id}/cancellation")
    @Operation(summary = "Ställ in ett planerat möte")
    MeetingView cancel(@PathVariable UUID id, @Valid @RequestBody MeetingCancellation cancellation) {
        return meetings.cancel(id, cancellation);
    }

    @PostMapping("/api/v1/meetings/{id}/held")
    @Operation(summary = "Mötet är hållet: spara anteckningarna (tidigast på mötets dag)")
    MeetingView hold(@PathVariable UUID id, @Valid @RequestBody HeldMeetingCommand command) {
        return meetings.hold(id, command);
    }

    @PostMapping("/api/v1/meetings/{id}/decisions")
    @Operation(summary = "Ett beslut på ett hållet möte; blir en uppgift för den ansvariga (en av mötets deltagare)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DecisionView> decide(@PathVariable UUID id, @Valid @RequestBody DecisionCommand command) {
        DecisionView decision = meetings.decide(id, command);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(decision);
    }

    @GetMapping("/api/v1/meetings/decisions")
    @Operation(summary = "Sök bland besluten jag får läsa (ord på svenska, även början av längre ord), "
            + "filtrera på mötestyp, period och ansvarig")
    PageResult<DecisionHit> decisions(@RequestParam(required = false) String query,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return meetings.searchDecisions(new DecisionSearch(query, kind, from, to, ownerId, page, size));
    }
}
