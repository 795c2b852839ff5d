package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The flow view of a ladder (issue 15, item 4, decision 101): how many left each step of the ladder in a period, to
 * which step or out, for the signed-in user's own organisation or the region (the dashboard's access rules). The
 * figures are protected like the dashboard's, and each flow produced is logged as a report.
 */
public interface LadderFlows {

    /** The ladders that journeys in the scope use, by name; 403 when the scope is not the user's to see. */
    List<LadderChoice> ladders(ReportScope scope);

    /**
     * 403 when the user may not see the scope; 404 when the ladder does not exist or no journey in the scope uses it;
     * 400 (field {@code to}) when the period ends before it starts.
     */
    LadderFlow flow(ReportScope scope, UUID ladderId, LocalDate from, LocalDate to);
}
