package se.kompetenskedjan.plans;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Journeys through ladders. Access and audit follow the participants module's rule for the participant. */
public interface Journeys {

    JourneyView enrol(UUID participantId, EnrolCommand command);

    JourneyView record(UUID participantId, UUID journeyId, JourneyEventCommand command);

    List<JourneyView> journeys(UUID participantId);

    /**
     * The next steps the signed-in user may move an active journey to as the decider the ladder names for the step
     * left or entered, for a reader who may not change the participant (those who may record every event); empty
     * when none. The journey comes from {@link #journeys}, which checked the right to see it.
     */
    List<UUID> movesAsDecider(JourneyView journey);

    /** Participants the signed-in user may see who stand on the step today (at most 1,000), by name. */
    List<ParticipantOnStep> onStep(UUID ladderId, UUID stepId);

    /** As onStep, for every step of the ladder at once, by step id (steps nobody stands on are left out). */
    Map<UUID, List<ParticipantOnStep>> onLadder(UUID ladderId);

    /**
     * Internal (no access check, no audit: it reveals no data), for the invitations module: whether the participant
     * is still under way, with a journey that has not ended or an individual plan whose latest revision is to be
     * reviewed on or after {@code today}.
     */
    boolean underWay(UUID participantId, java.time.LocalDate today);
}
