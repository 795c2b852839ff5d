package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant was enrolled on a ladder, starting on {@code stepId}; {@code returning} when an earlier journey of
 * theirs has ended (they come back), not when this is their first.
 */
public record JourneyEnrolled(UUID journeyId, UUID participantId, UUID participantOrganisationId, UUID ladderId,
        UUID stepId, LocalDate on, boolean returning) {
}
