package se.kompetenskedjan.followup.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInCommand;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.CheckInSummary;
import se.kompetenskedjan.followup.CheckInView;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.FlagActionCommand;
import se.kompetenskedjan.followup.FlagCloseCommand;
import se.kompetenskedjan.followup.FollowUpRhythms;
import se.kompetenskedjan.followup.ReviewCommand;
import se.kompetenskedjan.followup.RhythmCommand;
import se.kompetenskedjan.followup.RhythmView;
import se.kompetenskedjan.followup.SupervisedCheckIn;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Uppföljning", description = "Uppföljningsrytm per steg i en stegmodell och veckans avstämningar: "
        + "deltagaren och handledaren svarar, koordinatorn granskar och gör flaggor till åtgärder.")
class CheckInApiController {

    private final CheckIns checkIns;
    private final FollowUpRhythms rhythms;

    CheckInApiController(CheckIns checkIns, FollowUpRhythms rhythms) {
        this.checkIns = checkIns;
        this.rhythms = rhythms;
    }

    @GetMapping("/api/v1/ladders/{id}/follow-up-rules")
    @Operation(summary = "Stegmodellens uppföljningsregler: hur ofta per steg, och efter en reguljär anställning")
    RhythmView rules(@PathVariable UUID id) {
        return rhythms.rhythm(id);
    }

    @PutMapping("/api/v1/ladders/{id}/follow-up-rules")
    @Operation(summary = "Spara stegmodellens uppföljningsregler (hela uppsättningen; steg utan regel följs upp varje vecka)")
    RhythmView saveRules(@PathVariable UUID id, @Valid @RequestBody RhythmCommand command) {
        return rhythms.save(id, command);
    }

    @GetMapping("/api/v1/participants/{id}/check-in-form")
    @Operation(summary = "Frågorna och perioden att svara för nu (deltagaren om sig själv, handledaren om sin deltagare)")
    CheckInForm form(@PathVariable UUID id, @RequestParam CheckInAudience audience) {
        return checkIns.form(id, audience);
    }

    @PostMapping("/api/v1/participants/{id}/check-ins")
    @Operation(summary = "Svara på avstämningen; en per deltagare, svarande och period (en andra ger 409)")
    ResponseEntity<CheckInView> answer(@PathVariable UUID id, @Valid @RequestBody CheckInCommand command) {
        CheckInView created = checkIns.answer(id, command);
        return ResponseEntity.created(URI.create("/api/v1/check-ins/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/participants/{id}/check-ins")
    @Operation(summary = "Deltagarens avstämningar som jag får se, senaste perioden först")
    PageResult<CheckInSummary> forParticipant(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return checkIns.forParticipant(id, page, size);
    }

    @GetMapping("/api/v1/check-ins/{id}")
    @Operation(summary = "En avstämning med svar, flaggor och granskning")
    CheckInView get(@PathVariable UUID id) {
        return checkIns.get(id);
    }

    @PostMapping("/api/v1/check-ins/{id}/review")
    @Operation(summary = "Granska avstämningen med en anteckning (en gång)")
    CheckInView review(@PathVariable UUID id, @Valid @RequestBody ReviewCommand command) {
        return checkIns.review(id, command);
    }

    @PostMapping("/api/v1/check-ins/{id}/flags/{flagId}/action")
    @Operation(summary = "Gör en flagga till en åtgärd: en uppgift med ansvarig och datum")
    CheckInView action(@PathVariable UUID id, @PathVariable UUID flagId,
            @Valid @RequestBody FlagActionCommand command) {
        return checkIns.turnIntoAction(id, flagId, command);
    }

    @PostMapping("/api/v1/check-ins/{id}/flags/{flagId}/closing")
    @Operation(summary = "Stäng en flagga utan åtgärd, med en anteckning")
    CheckInView close(@PathVariable UUID id, @PathVariable UUID flagId, @Valid @RequestBody FlagCloseCommand command) {
        return checkIns.closeFlag(id, flagId, command);
    }

    @GetMapping("/api/v1/check-ins/supervised")
    @Operation(summary = "Handledarens deltagare i dag och periodens avstämning från handledaren")
    List<SupervisedCheckIn> supervised() {
        return checkIns.supervised();
    }
}
