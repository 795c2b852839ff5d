package se.kompetenskedjan.placements.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.EndCommand;
import se.kompetenskedjan.placements.ProposalActions;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Urval och placering", description = "Förslag → arbetsgivarens svar → överenskommen start → aktiv → avslutad. Allt loggas.")
class SelectionsApiController {

    private final Selections selections;

    SelectionsApiController(Selections selections) {
        this.selections = selections;
    }

    record LockBody(@NotNull(message = "{proposal.lockVersion.required}") Long lockVersion) {
    }

    record ApproveBody(@NotNull(message = "{agreement.party.required}") AgreementParty party) {
    }

    @PostMapping("/proposals")
    @Operation(summary = "Föreslå en deltagare till en plats (kräver samtycke att dela med arbetsgivaren)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProposalView> propose(@Valid @RequestBody ProposeCommand command) {
        ProposalView created = selections.propose(command);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
    }

    @GetMapping("/proposals/{id}")
    ProposalView get(@PathVariable UUID id) {
        return selections.get(id);
    }

    @GetMapping("/proposals/{id}/actions")
    @Operation(summary = "Vad den inloggade får göra med förslaget nu (samma regel som ändringarna prövas mot)")
    ProposalActions actions(@PathVariable UUID id) {
        return selections.actions(id);
    }

    @GetMapping("/proposals")
    @Operation(summary = "Förslag till arbetsgivarens platser, de som väntar på svar först")
    PageResult<ProposalView> forEmployer(@RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) UUID unitId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return selections.forEmployer(status, unitId, page, size);
    }

    @GetMapping("/placements/{id}/proposals")
    PageResult<ProposalView> forPlacement(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return selections.forPlacement(id, page, size);
    }

    @GetMapping("/participants/{id}/proposals")
    List<ProposalView> forParticipant(@PathVariable UUID id) {
        return selections.forParticipant(id);
    }

    @PostMapping("/proposals/{id}/review")
    @Operation(summary = "Arbetsgivaren svarar: acceptera, tacka nej (med skäl), be om intervju eller studiebesök")
    ProposalView review(@PathVariable UUID id, @Valid @RequestBody ReviewCommand command) {
        return selections.review(id, command);
    }

    @PostMapping("/proposals/{id}/start")
    @Operation(summary = "Överenskommen start med handledare (som måste ha en ledig plats)")
    ProposalView agreeStart(@PathVariable UUID id, @Valid @RequestBody AgreeStartCommand command) {
        return selections.agreeStart(id, command);
    }

    @PutMapping("/proposals/{id}/agreement")
    @Operation(summary = "Överenskommelsen: mål, uppgifter, tider och uppföljning (ändring kräver nytt godkännande)")
    ProposalView agreement(@PathVariable UUID id, @Valid @RequestBody AgreementCommand command) {
        return selections.saveAgreement(id, command);
    }

    @PostMapping("/proposals/{id}/approvals")
    @Operation(summary = "Godkänn överenskommelsen som deltagare, arbetsgivare eller koordinator")
    ProposalView approve(@PathVariable UUID id, @Valid @RequestBody ApproveBody body) {
        return selections.approve(id, body.party());
    }

    @PostMapping("/proposals/{id}/activate")
    ProposalView activate(@PathVariable UUID id, @Valid @RequestBody LockBody body) {
        return selections.activate(id, body.lockVersion());
    }

    @PostMapping("/proposals/{id}/end")
    @Operation(summary = "Avsluta: genomförd eller avbruten i förtid (skäl krävs)")
    ProposalView end(@PathVariable UUID id, @Valid @RequestBody EndCommand command) {
        return selections.end(id, command);
    }

    @PostMapping("/proposals/{id}/withdraw")
    ProposalView withdraw(@PathVariable UUID id, @Valid @RequestBody LockBody body) {
        return selections.withdraw(id, body.lockVersion());
    }
}
