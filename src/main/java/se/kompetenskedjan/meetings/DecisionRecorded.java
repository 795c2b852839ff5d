package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A decision was recorded on a held meeting; taskId is the task it became. */
public record DecisionRecorded(UUID decisionId, UUID meetingId, MeetingKind kind, UUID organiserOrganisationId,
        UUID participantId, UUID ownerId, LocalDate dueDate, UUID taskId) {
}
