package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.Set;

/**
 * The indicator dashboard (issue 15, item 1): the figures of the chain for a scope, a period {@code from}–{@code to}
 * (both days included) and a day {@code on} for the stocks, every count table protected together with the others of
 * the report (threshold {@code kk.statistics.threshold} and secondary suppression). Admins, coordinators, employer
 * managers and analysts see their own organisation; the region is for the analysts of the platform host or of a
 * regional body and the platform host's admins (decision 93). Each report produced is logged (decision 94).
 */
public interface IndicatorReports {

    /** 403 when the signed-in user may not see the scope; 400 (field {@code to}) when the period ends before it starts. */
    IndicatorReport report(ReportScope scope, LocalDate from, LocalDate to, LocalDate on);

    /** The scopes the signed-in user may ask for (empty: none, the dashboard is not offered). */
    Set<ReportScope> scopes();
}
