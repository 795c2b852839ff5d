package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** An active placement ended: completed, or early with the reason. */
public record PlacementEnded(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        UUID unitId, boolean completed, EndReason reason, LocalDate endedOn) {
}
