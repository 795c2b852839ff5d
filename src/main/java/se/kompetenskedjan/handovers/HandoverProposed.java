package se.kompetenskedjan.handovers;

import java.time.LocalDate;
import java.util.UUID;

/** The responsible organisation proposed to hand the participant over. */
public record HandoverProposed(UUID handoverId, UUID participantId, UUID fromOrganisationId, UUID toOrganisationId,
        LocalDate on) {
}
