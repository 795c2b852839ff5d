package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Internal, for the reminders module: the follow-up points after exit that fall due. No access check and no audit
 * entry: ids and dates only; the caller opens a task for the participant's coordinator.
 */
public interface JourneyCalendar {

    record FollowUpDue(UUID journeyId, UUID participantId, FollowUpPoint point, LocalDate endedOn, LocalDate dueOn) {
    }

    /**
     * The points of ended journeys that fall due between the dates (inclusive) and have no outcome recorded; at most
     * 1,000, earliest first. Journeys that have not ended have no points.
     */
    List<FollowUpDue> followUpsDue(LocalDate from, LocalDate to);
}
