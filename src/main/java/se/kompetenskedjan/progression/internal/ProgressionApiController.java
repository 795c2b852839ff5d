package se.kompetenskedjan.progression.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.progression.CohortMatrixView;
import se.kompetenskedjan.progression.MatrixFilter;
import se.kompetenskedjan.progression.ParticipantProgressionView;
import se.kompetenskedjan.progression.Progression;
import se.kompetenskedjan.progression.ProgressionExport;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Progression", description = "Progressionsmatriser från signerade bedömningar av handledare och "
        + "koordinator: per deltagare (punkter × datum) och för en grupp eller enhet (deltagare × punkter), med export.")
class ProgressionApiController {

    private final Progression progression;

    ProgressionApiController(Progression progression) {
        this.progression = progression;
    }

    @GetMapping("/participants/{id}/progression")
    @Operation(summary = "En deltagares progression: checklistornas punkter × signerade bedömningar, med senaste "
            + "nivå och trend per punkt (egen bedömning som separat markör)")
    ParticipantProgressionView participant(@PathVariable UUID id) {
        return progression.participant(id);
    }

    @GetMapping("/progression/matrix")
    @Operation(summary = "Deltagare × punkter med senaste nivå och trend, en sida deltagare (senast bedömda först)",
            description = "Kolumner grupperas per kravpunkt (itemKey) över checklistor, annars per checklistpunkt. "
                    + "Steg kräver stegmodell. Felaktiga filtervärden ger 400.")
    CohortMatrixView matrix(@RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) UUID ladderId, @RequestParam(required = false) UUID stepId,
            @Parameter(description = "SSYK-kod (1–4 siffror) eller yrkets begrepps-id på platsen")
            @RequestParam(required = false) String occupation, @RequestParam(required = false) UUID checklistId,
            @RequestParam(required = false) UUID templateId, @RequestParam(required = false) Integer page,
            @Parameter(description = "1–100, standard 50") @RequestParam(required = false) Integer size) {
        return progression.matrix(new MatrixFilter(unitId, ladderId, stepId, occupation, checklistId, templateId,
                page, size));
    }

    @GetMapping("/progression/matrix.xlsx")
    @Operation(summary = "Matrisen som Excel-fil (alla sidor, högst 5 000 deltagare; exporten loggas per deltagare)")
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) UUID ladderId, @RequestParam(required = false) UUID stepId,
            @RequestParam(required = false) String occupation, @RequestParam(required = false) UUID checklistId,
            @RequestParam(required = false) UUID templateId) {
        return download(progression.export(new MatrixFilter(unitId, ladderId, stepId, occupation, checklistId,
                templateId, null, null), ProgressionExport.Format.XLSX));
    }

    @GetMapping("/progression/matrix.csv")
    @Operation(summary = "Matrisen som CSV (UTF-8 med BOM, semikolon; alla sidor, högst 5 000 deltagare; exporten "
            + "loggas per deltagare)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(@RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) UUID ladderId, @RequestParam(required = false) UUID stepId,
            @RequestParam(required = false) String occupation, @RequestParam(required = false) UUID checklistId,
            @RequestParam(required = false) UUID templateId) {
        return download(progression.export(new MatrixFilter(unitId, ladderId, stepId, occupation, checklistId,
                templateId, null, null), ProgressionExport.Format.CSV));
    }

    static ResponseEntity<byte[]> download(ProgressionExport export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }
}
