package se.kompetenskedjan.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.kompetenskedjan.tasks.TaskStatus;

/** A decision with the status of the task it became (null when the task cannot be found). */
public record DecisionView(UUID id, UUID meetingId, String text, UUID ownerId, String ownerName, LocalDate dueDate,
        UUID taskId, TaskStatus taskStatus, boolean taskOverdue, Instant recordedAt) {
}
