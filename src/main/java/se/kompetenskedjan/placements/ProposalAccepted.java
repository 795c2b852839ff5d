package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** The employer accepted a proposal (a seat of the place is held for the participant). */
public record ProposalAccepted(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        LocalDate acceptedOn) {
}
