package se.kompetenskedjan.placements;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The selection workflow. Coordinators propose, the employer (managers of the place's organisation) reviews, the
 * coordinator agrees the start with a supervisor, all three parties approve the agreement, and the coordinator
 * activates and ends it. Access to each participant follows the participants module's rule; every read is audited.
 */
public interface Selections {

    ProposalView propose(ProposeCommand command);

    ProposalView review(UUID proposalId, ReviewCommand command);

    ProposalView agreeStart(UUID proposalId, AgreeStartCommand command);

    ProposalView saveAgreement(UUID proposalId, AgreementCommand command);

    /** Records an approval of the agreement; staff may record the participant's approval given in a meeting. */
    ProposalView approve(UUID proposalId, AgreementParty party);

    ProposalView activate(UUID proposalId, long lockVersion);

    ProposalView end(UUID proposalId, EndCommand command);

    ProposalView withdraw(UUID proposalId, long lockVersion);

    ProposalView get(UUID proposalId);

    /** Proposals for one place (its owner's staff and the proposing coordinators see them). */
    PageResult<ProposalView> forPlacement(UUID placementId, Integer page, Integer size);

    /**
     * Proposals for the signed-in employer's places, awaiting an answer first; optionally of one status and of the
     * places of one unit (a unit of another organisation has none).
     */
    PageResult<ProposalView> forEmployer(ProposalStatus status, UUID unitId, Integer page, Integer size);

    /** A participant's proposals and placements (the participant sees their own). */
    List<ProposalView> forParticipant(UUID participantId);
}
