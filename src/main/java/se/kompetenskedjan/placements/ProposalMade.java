package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** A participant was proposed for a place (the employer's organisation and unit, and the proposing organisation). */
public record ProposalMade(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        UUID unitId, UUID proposingOrganisationId, LocalDate proposedOn) {
}
