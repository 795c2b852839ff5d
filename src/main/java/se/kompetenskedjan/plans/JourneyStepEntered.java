package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A participant entered a step of their ladder: advanced to it, or {@code returned} to an earlier one. */
public record JourneyStepEntered(UUID journeyId, UUID participantId, UUID participantOrganisationId, UUID ladderId,
        UUID stepId, boolean returned, LocalDate on) {
}
