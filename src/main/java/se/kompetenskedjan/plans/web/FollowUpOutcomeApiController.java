package se.kompetenskedjan.plans.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetenskedjan.plans.FollowUpOutcomeCommand;
import se.kompetenskedjan.plans.FollowUpOutcomeView;
import se.kompetenskedjan.plans.JourneyFollowUps;

@RestController
@Tag(name = "Resa, kartläggning och handlingsplan", description = "Deltagarens väg genom en stegmodell. Allt loggas.")
class FollowUpOutcomeApiController {

    private final JourneyFollowUps followUps;

    FollowUpOutcomeApiController(JourneyFollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/api/v1/participants/{id}/follow-ups")
    @Operation(summary = "Utfall 90 och 180 dagar efter avslutade resor: när de infaller och vad som registrerats")
    List<FollowUpOutcomeView> followUps(@PathVariable UUID id) {
        return followUps.followUps(id);
    }

    @PostMapping("/api/v1/participants/{id}/journeys/{journeyId}/follow-ups")
    @Operation(summary = "Registrera (eller rätta) utfallet 90 eller 180 dagar efter att resan avslutades",
            description = "Bara för avslutade resor (annars 409); datumet är dagen då utfallet togs reda på, "
                    + "tidigast den dag punkten infaller och senast i dag.")
    FollowUpOutcomeView record(@PathVariable UUID id, @PathVariable UUID journeyId,
            @Valid @RequestBody FollowUpOutcomeCommand command) {
        return followUps.record(id, journeyId, command);
    }
}
