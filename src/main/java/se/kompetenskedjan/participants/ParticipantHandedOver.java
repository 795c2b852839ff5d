package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/** Responsibility for a participant moved from one organisation to another (an accepted hand-over). */
public record ParticipantHandedOver(UUID participantId, UUID fromOrganisationId, UUID toOrganisationId,
        UUID toCoordinatorId, LocalDate on) {
}
