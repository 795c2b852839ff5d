package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A journey was paused. */
public record JourneyPaused(UUID journeyId, UUID participantId, UUID participantOrganisationId, UUID ladderId,
        LocalDate on) {
}
