package se.kompetenskedjan.indicators.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.LadderFlows;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.indicators.export.ReportFiles;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Downloads of the dashboard's report and of a ladder's flow table (issue 15, item 6; decision 101), with the same
 * query parameters and access rules as the pages. Each download produces its report anew, protected and logged
 * (one report log row per download). File names carry the scope and period only.
 */
@Controller
class IndicatorExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final IndicatorReports reports;
    private final LadderFlows flows;
    private final ReportFiles files;
    private final Clock clock;

    IndicatorExportController(IndicatorReports reports, LadderFlows flows, ReportFiles files, Clock clock) {
        this.reports = reports;
        this.flows = flows;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/indikatorer/rapport.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = report(reports, clock, scope, from, to, on);
        return download(files.xlsx(report), XLSX, name("indikatorer", scope, report, "xlsx"));
    }

    @GetMapping("/indikatorer/rapport.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = report(reports, clock, scope, from, to, on);
        return download(files.pdf(report), MediaType.APPLICATION_PDF, name("indikatorer", scope, report, "pdf"));
    }

    @GetMapping("/indikatorer/tabeller.zip")
    ResponseEntity<byte[]> zip(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProtectedReport report = report(reports, clock, scope, from, to, on);
        return download(files.csvZip(report), ZIP, name("indikatorer-tabeller", scope, report, "zip"));
    }

    @GetMapping("/indikatorer/flode.xlsx")
    ResponseEntity<byte[]> flowXlsx(@RequestParam(required = false) ReportScope scope, @RequestParam UUID ladder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ProtectedReport report = flow(flows, clock, scope, ladder, from, to);
        return download(files.xlsx(report), XLSX, name("flode", scope, report, "xlsx"));
    }

    @GetMapping("/indikatorer/flode.csv")
    ResponseEntity<byte[]> flowCsv(@RequestParam(required = false) ReportScope scope, @RequestParam UUID ladder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ProtectedReport report = flow(flows, clock, scope, ladder, from, to);
        return download(files.csv(report, report.tables().get(0).key()), CSV, name("flode", scope, report, "csv"));
    }

    /** The dashboard's report with the dashboard's defaults: the own organisation, the year so far, stocks on to. */
    static ProtectedReport report(IndicatorReports reports, Clock clock, ReportScope scope, LocalDate from,
            LocalDate to, LocalDate on) {
        LocalDate today = SwedishTime.today(clock);
        LocalDate end = to != null ? to : today;
        return reports.report(scope != null ? scope : ReportScope.ORGANISATION,
                from != null ? from : today.withDayOfYear(1), end, on != null ? on : end).report();
    }

    static ProtectedReport flow(LadderFlows flows, Clock clock, ReportScope scope, UUID ladder, LocalDate from,
            LocalDate to) {
        LocalDate today = SwedishTime.today(clock);
        return flows.flow(scope != null ? scope : ReportScope.ORGANISATION, ladder,
                from != null ? from : today.withDayOfYear(1), to != null ? to : today).report();
    }

    /** E.g. indikatorer-organisation-2026-01-01-2026-12-07.xlsx: no names, no one's data. */
    static String name(String base, ReportScope scope, ProtectedReport report, String extension) {
        String scopeName = scope == ReportScope.REGION ? "region" : "organisation";
        return base + "-" + scopeName + "-" + report.from() + "-" + report.to() + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
