package se.kompetenskedjan.plans;

import java.util.List;
import java.util.UUID;

/**
 * Outcomes after exit (issue 15): where the participant was 90 and 180 days after a journey ended. Read by those who
 * may read the participant, recorded by those who may change them; each call one audited access.
 */
public interface JourneyFollowUps {

    /** The follow-up points of the participant's ended journeys, recorded or not, the latest ended journey first. */
    List<FollowUpOutcomeView> followUps(UUID participantId);

    /**
     * Records (or corrects) the outcome at a point of an ended journey; publishes JourneyFollowUpOutcomeRecorded.
     * 409 while the journey has not ended; 400 when the day is before the point or after today.
     */
    FollowUpOutcomeView record(UUID participantId, UUID journeyId, FollowUpOutcomeCommand command);
}
