package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Objects;

/**
 * A dashboard's report: the protected count tables (what exports take) and the tables of days on each step, whose
 * medians and quartiles are shown only for groups at or above the threshold.
 */
public record IndicatorReport(ProtectedReport report, List<DurationTable> durations) {

    public IndicatorReport {
        Objects.requireNonNull(report, "report");
        durations = List.copyOf(durations);
    }
}
