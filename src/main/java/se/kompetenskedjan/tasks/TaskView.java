package se.kompetenskedjan.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A task as its readers see it; {@code overdue} is judged by today's Swedish date. */
@Schema(name = "AssignedTaskView")
public record TaskView(UUID id, String title, String description, UUID ownerId, String ownerName,
        UUID organisationId, UUID participantId, LocalDate dueDate, TaskStatus status, boolean overdue,
        String sourceKind, UUID sourceId, UUID createdBy, Instant createdAt, UUID completedBy, Instant completedAt,
        String completionNote, long version) {
}
