package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One meeting as its readers see it. participantName only for a three-party meeting. mayChange: the signed-in user
 * may change, cancel or record it (its creator, or a coordinator or admin of the organiser organisation).
 */
public record MeetingView(UUID id, MeetingKind kind, String title, LocalDate date, LocalTime startTime,
        LocalTime endTime, String place, String videoLink, UUID organiserOrganisationId,
        String organiserOrganisationName, UUID participantId, String participantName, MeetingStatus status,
        String notes, String cancelReason, List<Attendee> attendees, List<String> agenda,
        List<DecisionView> decisions, boolean mayChange, long lockVersion) {

    /** An attendee's account, name and organisation. */
    public record Attendee(UUID userId, String name, UUID organisationId, String organisationName) {
    }
}
