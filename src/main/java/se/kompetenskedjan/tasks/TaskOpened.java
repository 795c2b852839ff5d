package se.kompetenskedjan.tasks;

import java.time.LocalDate;
import java.util.UUID;

/** A task was opened (by a person or for a source); {@code createdBy} is null when the platform opened it. */
public record TaskOpened(UUID taskId, UUID organisationId, UUID ownerId, UUID participantId, LocalDate dueDate,
        String sourceKind, UUID sourceId, UUID createdBy) {
}
