package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** The employer declined a proposal, with the reason (the free-text note stays in the proposal). */
public record ProposalDeclined(UUID proposalId, UUID placementId, UUID participantId, UUID employerOrganisationId,
        DeclineReason reason, LocalDate declinedOn) {
}
