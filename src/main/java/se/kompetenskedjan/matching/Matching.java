package se.kompetenskedjan.matching;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.placements.ProposalView;

/**
 * Matching participants and places. Staff only (coordinators, admins; employers for their own places); every
 * participant shown is recorded in the audit trail.
 */
public interface Matching {

    /** Open places the participant is eligible for, best first (at most limit, 1–100). */
    Ranking placementsFor(UUID participantId, int limit);

    /** Seeking participants the signed-in user may see who are eligible for the place, best first. */
    Ranking candidatesFor(UUID placementId, int limit);

    /** One pair in full, also when a hard requirement is not met (to decide on a waiver). */
    MatchView explain(UUID participantId, UUID placementId);

    /** Waives a hard requirement for one pair: coordinators and admins who may edit the participant. */
    WaiverView waive(UUID participantId, WaiverCommand command);

    /** Whether the signed-in user may waive requirements for the participant (the rule {@link #waive} checks). */
    boolean mayWaive(UUID participantId);

    List<WaiverView> waivers(UUID participantId);

    CandidateProfileView candidateProfile(UUID participantId);

    CandidateProfileView saveCandidateProfile(UUID participantId, CandidateProfileCommand command);

    /** Proposes the best total assignment of the cohort to the places; saves nothing. */
    AllocationView allocate(AllocationCommand command);

    /** Turns the kept assignments into proposals to the employers, in one transaction. */
    List<ProposalView> confirm(ConfirmAllocationCommand command);
}
