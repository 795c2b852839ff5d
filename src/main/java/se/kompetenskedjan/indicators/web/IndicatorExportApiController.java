package se.kompetenskedjan.indicators.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlows;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.indicators.export.ReportFiles;
import se.kompetenskedjan.shared.SwedishTime;

/** The indicator report as files and a ladder's flow, in the API (decision 101); the same rules as the pages. */
@RestController
@Tag(name = "Indikatorer")
class IndicatorExportApiController {

    private static final String PARAMETERS = " Samma parametrar som GET /api/v1/indicators; varje nedladdning loggas "
            + "som en rapport.";

    private final IndicatorReports reports;
    private final LadderFlows flows;
    private final ReportFiles files;
    private final Clock clock;

    IndicatorExportApiController(IndicatorReports reports, LadderFlows flows, ReportFiles files, Clock clock) {
        this.reports = reports;
        this.flows = flows;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/api/v1/indicators/report.xlsx")
    @Operation(summary = "Indikatorrapporten som Excel-fil: ett blad med definitioner, ett blad per tabell."
            + PARAMETERS)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = IndicatorExportController.report(reports, clock, scope, from, to, on);
        return IndicatorExportController.download(files.xlsx(report), IndicatorExportController.XLSX,
                IndicatorExportController.name("indikatorer", scope, report, "xlsx"));
    }

    @GetMapping("/api/v1/indicators/report.pdf")
    @Operation(summary = "Indikatorrapporten som PDF (taggad, A4) att bifoga en slutrapport." + PARAMETERS)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = IndicatorExportController.report(reports, clock, scope, from, to, on);
        return IndicatorExportController.download(files.pdf(report), MediaType.APPLICATION_PDF,
                IndicatorExportController.name("indikatorer", scope, report, "pdf"));
    }

    @GetMapping("/api/v1/indicators/report.zip")
    @Operation(summary = "Indikatorrapportens tabeller som CSV-filer (UTF-8 med BOM, semikolon, definitionerna som "
            + "kommentarsrader) i en zip." + PARAMETERS)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> zip(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = IndicatorExportController.report(reports, clock, scope, from, to, on);
        return IndicatorExportController.download(files.csvZip(report), IndicatorExportController.ZIP,
                IndicatorExportController.name("indikatorer-tabeller", scope, report, "zip"));
    }

    @GetMapping("/api/v1/indicators/flow")
    @Operation(summary = "Flödet genom en kedja: hur många som under perioden lämnade varje steg, till vilket steg "
            + "eller ut (slutförd, avslutad i förtid); en skyddad tabell (fromStep × toStep) och för varje cell "
            + "vilket håll den går (moves: ON, BACK, COMPLETED, ENDED_EARLY, OTHER). scope som för "
            + "/api/v1/indicators; from och to: standard årets början till i dag. 404 när kedjan inte finns eller "
            + "ingen resa i urvalet går på den.")
    LadderFlow flow(@RequestParam(required = false) ReportScope scope, @RequestParam UUID ladder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = SwedishTime.today(clock);
        return flows.flow(scope != null ? scope : ReportScope.ORGANISATION, ladder,
                from != null ? from : today.withDayOfYear(1), to != null ? to : today);
    }
}
