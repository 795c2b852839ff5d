package se.kompetenskedjan.plans.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.GapAnalysisView;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.MappingCommand;
import se.kompetenskedjan.plans.MappingEntryView;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.plans.ParticipantOnStep;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Resa, kartläggning och handlingsplan", description = "Deltagarens väg genom en stegmodell. Allt loggas.")
class PlansApiController {

    private final Journeys journeys;
    private final Mappings mappings;
    private final IndividualPlans plans;

    PlansApiController(Journeys journeys, Mappings mappings, IndividualPlans plans) {
        this.journeys = journeys;
        this.mappings = mappings;
        this.plans = plans;
    }

    @GetMapping("/participants/{id}/journeys")
    List<JourneyView> journeys(@PathVariable UUID id) {
        return journeys.journeys(id);
    }

    @PostMapping("/participants/{id}/journeys")
    @Operation(summary = "Skriv in deltagaren i en stegmodell (första steget om inget annat anges)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<JourneyView> enrol(@PathVariable UUID id, @Valid @RequestBody EnrolCommand command) {
        JourneyView journey = journeys.enrol(id, command);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/journeys/" + journey.id())).body(journey);
    }

    @PostMapping("/participants/{id}/journeys/{journeyId}/events")
    @Operation(summary = "Registrera en händelse: avancerat, pausat, återupptaget, tillbaka, avbrott, slutfört, utfall",
            description = "De som får ändra deltagaren registrerar alla händelser. Den som stegmodellen anger som "
                    + "beslutsfattare för steget som lämnas eller nås (arbetsgivarchef, lärare, handledare eller "
                    + "koordinator) och som får se deltagaren registrerar förflyttningen mellan stegen (avancerat, "
                    + "tillbaka); andra får 403.")
    JourneyView record(@PathVariable UUID id, @PathVariable UUID journeyId,
            @Valid @RequestBody JourneyEventCommand command) {
        return journeys.record(id, journeyId, command);
    }

    @GetMapping("/ladders/{ladderId}/steps/{stepId}/participants")
    @Operation(summary = "Deltagare som står på steget i dag (de du får se)")
    List<ParticipantOnStep> onStep(@PathVariable UUID ladderId, @PathVariable UUID stepId) {
        return journeys.onStep(ladderId, stepId);
    }

    @GetMapping("/participants/{id}/mapping")
    List<MappingEntryView> mapping(@PathVariable UUID id) {
        return mappings.history(id);
    }

    @PostMapping("/participants/{id}/mapping")
    @Operation(summary = "Registrera nuvarande nivåer (kartläggning) med källa och datum")
    List<MappingEntryView> recordMapping(@PathVariable UUID id, @Valid @RequestBody MappingCommand command) {
        return mappings.record(id, command);
    }

    @GetMapping("/participants/{id}/gaps")
    @Operation(summary = "Gapanalys mot en kravprofilversion eller mot kraven för att lämna ett steg")
    GapAnalysisView gaps(@PathVariable UUID id, @RequestParam(required = false) UUID profileVersionId,
            @RequestParam(required = false) UUID ladderId, @RequestParam(required = false) UUID stepId) {
        if (profileVersionId != null) {
            return mappings.gaps(id, profileVersionId);
        }
        if (ladderId == null || stepId == null) {
            throw new se.kompetenskedjan.shared.InvalidFieldException("profileVersionId", "gaps.target.required");
        }
        return mappings.gapsForStep(id, ladderId, stepId);
    }

    @GetMapping("/participants/{id}/plans")
    List<PlanView> plans(@PathVariable UUID id) {
        return plans.plans(id);
    }

    @PostMapping("/participants/{id}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanView> createPlan(@PathVariable UUID id, @Valid @RequestBody PlanCommand command) {
        PlanView plan = plans.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/plans/" + plan.id())).body(plan);
    }

    @PutMapping("/participants/{id}/plans/{planId}")
    @Operation(summary = "Spara en ny revision av planen; version måste vara den som lästes")
    PlanView revise(@PathVariable UUID id, @PathVariable UUID planId, @Valid @RequestBody PlanCommand command) {
        return plans.revise(id, planId, command);
    }

    @GetMapping("/participants/{id}/plans/{planId}/revisions/{revision}")
    PlanView revision(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int revision) {
        return plans.revision(id, planId, revision);
    }

    @PostMapping("/participants/{id}/plans/{planId}/revisions/{revision}/agreement")
    @Operation(summary = "Deltagaren godkänner planen (eller personal registrerar att den godkändes på ett möte)")
    PlanView agree(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int revision) {
        return plans.agree(id, planId, revision);
    }
}
