package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A meeting in a list or a calendar. For a three-party meeting participantName is set only where the reader's right
 * to the participant was checked (and the row audited); in {@link Meetings#upcomingFor} title and participant are left
 * out of three-party meetings, which are shown by their kind.
 */
public record MeetingSummary(UUID id, MeetingKind kind, String title, LocalDate date, LocalTime startTime,
        LocalTime endTime, String place, String videoLink, MeetingStatus status, UUID participantId,
        String participantName) {
}
