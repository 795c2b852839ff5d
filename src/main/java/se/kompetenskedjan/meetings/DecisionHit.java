package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A decision found by the search, with the meeting it was taken at. */
public record DecisionHit(UUID decisionId, String text, UUID ownerId, String ownerName, LocalDate dueDate,
        UUID meetingId, String meetingTitle, MeetingKind meetingKind, LocalDate meetingDate, UUID participantId) {
}
