package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/** The outcome of a journey (utfall: where the participant went) was recorded, at its end or later. */
public record JourneyOutcomeRecorded(UUID journeyId, UUID participantId, UUID participantOrganisationId,
        UUID ladderId, Outcome outcome, LocalDate on) {
}
