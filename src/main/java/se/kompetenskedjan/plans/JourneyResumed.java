package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A paused journey was resumed. */
public record JourneyResumed(UUID journeyId, UUID participantId, UUID participantOrganisationId, UUID ladderId,
        LocalDate on) {
}
