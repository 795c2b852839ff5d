package se.kompetenskedjan.plans;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Journeys through ladders. Access and audit follow the participants module's rule for the participant. */
public interface Journeys {

    JourneyView enrol(UUID participantId, EnrolCommand command);

    JourneyView record(UUID participantId, UUID journeyId, JourneyEventCommand command);

    List<JourneyView> journeys(UUID participantId);

    /** Participants the signed-in user may see who stand on the step today (at most 1,000), by name. */
    List<ParticipantOnStep> onStep(UUID ladderId, UUID stepId);

    /** As onStep, for every step of the ladder at once, by step id (steps nobody stands on are left out). */
    Map<UUID, List<ParticipantOnStep>> onLadder(UUID ladderId);
}
