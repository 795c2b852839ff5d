package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A ladder's flow in a period: a protected report with one table, the stays left in the period with rows
 * {@code fromStep} (the step left) and columns {@code toStep} (the step entered next) followed by the ways out
 * (completed, ended early). {@code moves} says, cell by cell, which way each column of a row goes.
 */
public record LadderFlow(UUID ladderId, String ladderName, ProtectedReport report, List<List<Move>> moves) {

    /** Which way a stay left its step. */
    public enum Move {
        /** To a later step of the ladder. */
        ON,
        /** Back to an earlier step (or the same one again). */
        BACK,
        /** Out: the journey was completed. */
        COMPLETED,
        /** Out: the journey ended early. */
        ENDED_EARLY,
        /** To or from a step the ladder no longer has. */
        OTHER
    }

    public LadderFlow {
        Objects.requireNonNull(ladderId, "ladderId");
        Objects.requireNonNull(report, "report");
        moves = moves.stream().map(List::copyOf).toList();
        if (report.tables().size() != 1) {
            throw new IllegalArgumentException("A flow has one table");
        }
    }

    public ProtectedTable table() {
        return report.tables().get(0);
    }

    public Move move(int row, int column) {
        return moves.get(row).get(column);
    }
}
