package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant's journey through one ladder; the current step is derived from the events. */
public record JourneyView(UUID id, UUID participantId, UUID ladderId, String ladderName, UUID currentStepId,
        String currentStepName, JourneyStatus status, LocalDate since, List<UUID> nextStepIds,
        List<JourneyEventView> events, List<StayView> stays, long version) {
}
