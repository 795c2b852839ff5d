package se.kompetenskedjan.shared;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One reason a participant needs attention: its kind, the date it is or was due (a task's due date, the day a consent
 * runs out, the end of a period with no check-in) and how many of it there are.
 */
public record CaseSignal(UUID participantId, CaseSignalKind kind, LocalDate dueOn, int count) {

    public CaseSignal {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        if (count < 1) {
            throw new IllegalArgumentException("A signal counts at least one thing: " + count);
        }
    }

    /** Whether it is past its date on {@code today} (a consent running out is not, until it has). */
    public boolean overdueOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
