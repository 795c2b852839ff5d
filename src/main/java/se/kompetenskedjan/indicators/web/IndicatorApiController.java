package se.kompetenskedjan.indicators.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.indicators.IndicatorReport;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.shared.SwedishTime;

@RestController
@Tag(name = "Indikatorer", description = "Kedjans siffror för en organisation eller regionen under en period, "
        + "uppdelade på kön, ålder, remittent, svenskanivå och försörjning vid inskrivning, med definitioner. "
        + "Små grupper och det som skulle avslöja dem har inget värde (protection SMALL eller SECONDARY).")
class IndicatorApiController {

    private final IndicatorReports reports;
    private final Clock clock;

    IndicatorApiController(IndicatorReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "Indikatorrapporten: scope ORGANISATION (den egna, standard) eller REGION; from och to "
            + "(båda dagarna ingår; standard årets början till i dag), on: dagen för deltagare per steg (standard to)")
    IndicatorReport report(@RequestParam(required = false) ReportScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate today = SwedishTime.today(clock);
        LocalDate end = to != null ? to : today;
        return reports.report(scope != null ? scope : ReportScope.ORGANISATION,
                from != null ? from : today.withDayOfYear(1), end, on != null ? on : end);
    }
}
