package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A planned meeting was recorded as held (with its notes). */
public record MeetingHeld(UUID meetingId, MeetingKind kind, UUID organiserOrganisationId, UUID participantId,
        LocalDate date) {
}
