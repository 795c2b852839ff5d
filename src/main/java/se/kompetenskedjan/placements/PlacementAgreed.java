package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** The parties agreed the start of a placement: dates and the supervisor (from the unit's inventory). */
public record PlacementAgreed(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        UUID unitId, UUID supervisorId, LocalDate startsOn, LocalDate endsOn) {
}
