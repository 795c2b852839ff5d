package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A planned meeting was cancelled. */
public record MeetingCancelled(UUID meetingId, MeetingKind kind, UUID organiserOrganisationId, UUID participantId,
        LocalDate date) {
}
