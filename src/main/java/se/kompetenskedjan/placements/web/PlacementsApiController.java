package se.kompetenskedjan.placements.web;

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
import se.kompetenskedjan.placements.InterestCommand;
import se.kompetenskedjan.placements.InterestView;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementSearch;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementSummary;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.QualityNoteCommand;
import se.kompetenskedjan.placements.QualityNoteView;
import se.kompetenskedjan.placements.StaffingCommand;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.placements.UnitSupervisionRow;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Platsbank och handledare", description = "Praktikplatser, instegsjobb och lediga jobb; handledare per enhet.")
class PlacementsApiController {

    private final Placements placements;
    private final Supervisors supervisors;

    PlacementsApiController(Placements placements, Supervisors supervisors) {
        this.placements = placements;
        this.supervisors = supervisors;
    }

    @GetMapping("/placements")
    @Operation(summary = "Platser du får se (bank=true: bara öppna platser med lediga platser)")
    PageResult<PlacementSummary> search(@RequestParam(required = false) String query,
            @RequestParam(required = false) PlacementType type, @RequestParam(required = false) PlacementStatus status,
            @RequestParam(required = false) UUID unitId, @RequestParam(defaultValue = "false") boolean bank,
            @RequestParam(defaultValue = "false") boolean own, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return placements.search(new PlacementSearch(query, type, status, unitId, bank, own, page, size));
    }

    @PostMapping("/placements")
    @Operation(summary = "Skapa en plats (som utkast)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlacementView> create(@Valid @RequestBody PlacementCommand command) {
        PlacementView created = placements.create(command);
        return ResponseEntity.created(URI.create("/api/v1/placements/" + created.id())).body(created);
    }

    @GetMapping("/placements/{id}")
    PlacementView get(@PathVariable UUID id) {
        return placements.get(id);
    }

    @PutMapping("/placements/{id}")
    @Operation(summary = "Spara hela platsen (lockVersion krävs)")
    PlacementView update(@PathVariable UUID id, @Valid @RequestBody PlacementCommand command) {
        return placements.update(id, command);
    }

    @PostMapping("/placements/{id}/status")
    @Operation(summary = "Publicera (OPEN), pausa, stäng eller öppna igen")
    PlacementView status(@PathVariable UUID id, @Valid @RequestBody StatusCommand command) {
        return placements.changeStatus(id, command);
    }

    @PostMapping("/placements/{id}/interests")
    @Operation(summary = "Anmäl intresse för en plats (deltagaren själv, eller koordinatorn för en deltagare)")
    ResponseEntity<InterestView> interest(@PathVariable UUID id, @Valid @RequestBody InterestCommand command) {
        return ResponseEntity.status(201).body(placements.registerInterest(id, command));
    }

    @GetMapping("/placements/{id}/interests")
    List<InterestView> interests(@PathVariable UUID id) {
        return placements.interests(id);
    }

    @GetMapping("/participants/{id}/placement-interests")
    List<InterestView> interestsOf(@PathVariable UUID id) {
        return placements.interestsOf(id);
    }

    @GetMapping("/placements/{id}/quality-notes")
    @Operation(summary = "Kvalitetsanteckningar om platsen (bara koordinatorer)")
    List<QualityNoteView> qualityNotes(@PathVariable UUID id) {
        return placements.qualityNotes(id);
    }

    @PostMapping("/placements/{id}/quality-notes")
    ResponseEntity<QualityNoteView> addQualityNote(@PathVariable UUID id, @Valid @RequestBody QualityNoteCommand command) {
        return ResponseEntity.status(201).body(placements.addQualityNote(id, command));
    }

    @GetMapping("/supervisors")
    @Operation(summary = "Handledare i din organisation (eller på en enhet)")
    PageResult<SupervisorView> supervisors(@RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return supervisors.list(unitId, page, size);
    }

    @PostMapping("/supervisors")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SupervisorView> createSupervisor(@Valid @RequestBody SupervisorCommand command) {
        SupervisorView created = supervisors.create(command);
        return ResponseEntity.created(URI.create("/api/v1/supervisors/" + created.id())).body(created);
    }

    @GetMapping("/supervisors/{id}")
    SupervisorView supervisor(@PathVariable UUID id) {
        return supervisors.get(id);
    }

    @PutMapping("/supervisors/{id}")
    SupervisorView updateSupervisor(@PathVariable UUID id, @Valid @RequestBody SupervisorCommand command) {
        return supervisors.update(id, command);
    }

    @GetMapping("/supervision-report")
    @Operation(summary = "Enheter efter handledarkapacitet och utbildning (andel personal redo att handleda)")
    PageResult<UnitSupervisionRow> report(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return supervisors.report(page, size);
    }

    @PutMapping("/units/{id}/staffing")
    @Operation(summary = "Antal anställda på enheten (för andelen redo att handleda)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> staffing(@PathVariable UUID id, @Valid @RequestBody StaffingCommand command) {
        supervisors.setStaffing(id, command);
        return ResponseEntity.noContent().build();
    }
}
