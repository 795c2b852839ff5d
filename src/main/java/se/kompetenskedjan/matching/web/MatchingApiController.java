package se.kompetenskedjan.matching.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.matching.AllocationCommand;
import se.kompetenskedjan.matching.AllocationView;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.matching.CandidateProfileView;
import se.kompetenskedjan.matching.ConfirmAllocationCommand;
import se.kompetenskedjan.matching.MatchView;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.matching.Ranking;
import se.kompetenskedjan.matching.WaiverCommand;
import se.kompetenskedjan.matching.WaiverView;
import se.kompetenskedjan.placements.ProposalView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matchning och fördelning", description = "Rangordning med förklaring kriterium för kriterium, undantag från skallkrav, fördelning av en grupp på platser.")
class MatchingApiController {

    private final Matching matching;

    MatchingApiController(Matching matching) {
        this.matching = matching;
    }

    @GetMapping("/participants/{id}/placement-matches")
    @Operation(summary = "Öppna platser som deltagaren uppfyller skallkraven för, bäst först, med förklaring")
    Ranking placementsFor(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit) {
        return matching.placementsFor(id, limit);
    }

    @GetMapping("/placements/{id}/candidate-matches")
    @Operation(summary = "Sökande deltagare som du får se, bäst först, med förklaring")
    Ranking candidatesFor(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit) {
        return matching.candidatesFor(id, limit);
    }

    @GetMapping("/participants/{id}/placement-matches/{placementId}")
    @Operation(summary = "Ett par i detalj, även när ett skallkrav inte är uppfyllt")
    MatchView explain(@PathVariable UUID id, @PathVariable UUID placementId) {
        return matching.explain(id, placementId);
    }

    @PostMapping("/participants/{id}/waivers")
    @Operation(summary = "Undanta ett skallkrav för en plats, med skriftlig motivering")
    ResponseEntity<WaiverView> waive(@PathVariable UUID id, @Valid @RequestBody WaiverCommand command) {
        return ResponseEntity.status(201).body(matching.waive(id, command));
    }

    @GetMapping("/participants/{id}/waivers")
    List<WaiverView> waivers(@PathVariable UUID id) {
        return matching.waivers(id);
    }

    @GetMapping("/participants/{id}/candidate-profile")
    CandidateProfileView candidateProfile(@PathVariable UUID id) {
        return matching.candidateProfile(id);
    }

    @PutMapping("/participants/{id}/candidate-profile")
    @Operation(summary = "Söker plats, hemort, resesätt och längsta restid, yrkesintressen (SSYK), upptagna tider")
    CandidateProfileView saveCandidateProfile(@PathVariable UUID id, @Valid @RequestBody CandidateProfileCommand command) {
        return matching.saveCandidateProfile(id, command);
    }

    @PostMapping("/allocations")
    @Operation(summary = "Föreslå den fördelning av gruppen på platserna som ger högst sammanlagd matchning (inget sparas)")
    AllocationView allocate(@Valid @RequestBody AllocationCommand command) {
        return matching.allocate(command);
    }

    @PostMapping("/allocations/confirmations")
    @Operation(summary = "Gör de behållna tilldelningarna till förslag till arbetsgivarna, alla eller inga")
    ResponseEntity<List<ProposalView>> confirm(@Valid @RequestBody ConfirmAllocationCommand command) {
        return ResponseEntity.status(201).body(matching.confirm(command));
    }
}
