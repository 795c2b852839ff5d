package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A journey ended: {@code completed}, or early with the {@code dropoutReason} (null when completed). Where the
 * participant went afterwards is a separate fact, JourneyOutcomeRecorded.
 */
public record JourneyEnded(UUID journeyId, UUID participantId, UUID participantOrganisationId, UUID ladderId,
        boolean completed, DropoutReason dropoutReason, LocalDate on) {
}
