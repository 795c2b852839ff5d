package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** A placement became active (the agreement approved by every party); {@code supervisorUserId} may be null. */
public record PlacementActivated(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        UUID unitId, UUID supervisorUserId, LocalDate startsOn, LocalDate endsOn, LocalDate activatedOn) {
}
