package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting was planned. */
public record MeetingPlanned(UUID meetingId, MeetingKind kind, UUID organiserOrganisationId, UUID participantId,
        LocalDate date, LocalTime startTime, LocalTime endTime) {
}
