package se.kompetenskedjan.caseload.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.caseload.CaseloadQuery;
import se.kompetenskedjan.caseload.CaseloadView;
import se.kompetenskedjan.caseload.Caseloads;
import se.kompetenskedjan.caseload.CoordinatorLoad;
import se.kompetenskedjan.caseload.ReadyFilter;
import se.kompetenskedjan.caseload.SavedFilterCommand;
import se.kompetenskedjan.caseload.SavedFilterView;
import se.kompetenskedjan.shared.CaseSignalKind;

@RestController
@Tag(name = "Arbetslista", description = "Koordinatorns deltagare i angelägenhetsordning: försenade avstämningar och "
        + "åtgärder, hinder, samtycken som löper ut, planer att följa upp, praktiker som slutar utan nästa steg.")
class CaseloadApiController {

    private final Caseloads caseloads;

    CaseloadApiController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping("/api/v1/caseload")
    @Operation(summary = "Arbetslistan, mest angelägna först. filter väljer ett färdigt urval; annars kinds och "
            + "overdueOnly. coordinatorId: en annan koordinator i organisationen (för administratörer)")
    CaseloadView caseload(@RequestParam(required = false) UUID coordinatorId,
            @RequestParam(required = false) ReadyFilter filter,
            @RequestParam(required = false) Set<CaseSignalKind> kinds,
            @RequestParam(required = false, defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CaseloadQuery query = filter != null ? filter.query() : new CaseloadQuery(kinds, overdueOnly);
        return caseloads.caseload(coordinatorId, query, page, size);
    }

    @GetMapping("/api/v1/caseload/coordinators")
    @Operation(summary = "Antal deltagare och andel med något försenat per koordinator (organisationens administratörer)")
    List<CoordinatorLoad> coordinators() {
        return caseloads.coordinatorLoads();
    }

    @GetMapping("/api/v1/caseload/filters")
    @Operation(summary = "Mina sparade urval")
    List<SavedFilterView> filters() {
        return caseloads.savedFilters();
    }

    @PostMapping("/api/v1/caseload/filters")
    @Operation(summary = "Spara ett urval under ett eget namn")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SavedFilterView> save(@Valid @RequestBody SavedFilterCommand command) {
        SavedFilterView saved = caseloads.saveFilter(command);
        return ResponseEntity.created(URI.create("/api/v1/caseload/filters/" + saved.id())).body(saved);
    }

    @DeleteMapping("/api/v1/caseload/filters/{id}")
    @Operation(summary = "Ta bort ett sparat urval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        caseloads.deleteFilter(id);
    }
}
