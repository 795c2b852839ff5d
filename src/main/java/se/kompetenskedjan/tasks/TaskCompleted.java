package se.kompetenskedjan.tasks;

import java.time.LocalDate;
import java.util.UUID;

/** A task was done; {@code onTime} when it was done on or before its due date (Swedish dates). */
public record TaskCompleted(UUID taskId, UUID organisationId, UUID participantId, String sourceKind, UUID sourceId,
        LocalDate on, boolean onTime) {
}
