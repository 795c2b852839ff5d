package se.kompetenskedjan.placements;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The selection workflow. Coordinators propose, the employer (managers of the place's organisation) reviews, the
 * coordinator agrees the start with a supervisor, all three parties approve the agreement, and the coordinator
 * activates and ends it. Access to each participant follows the participants module's rule; every read is audited.
 * Reading a proposal needs read access to the participant (a consent is enough); changing it needs the role of a
 * party: the proposing side (coordinators and admins of the participant's organisation and of the organisation that
 * proposed), the host employer (admins and employer managers of the place's organisation, whose supervisors approve
 * for the employer too) or the participant (approving their own agreement). See {@link #actions}.
 */
public interface Selections {

    /**
     * A placement agreement's texts in the translations module (the place's title, goals, tasks, hours, follow-up, as
     * the participant reads them in Platsbanken): read like {@link #get}, translated by the parties who may write the
     * agreement (recorded as a change of the participant's data).
     */
    String TRANSLATION_KIND = "proposal";

    ProposalView propose(ProposeCommand command);

    ProposalView review(UUID proposalId, ReviewCommand command);

    ProposalView agreeStart(UUID proposalId, AgreeStartCommand command);

    ProposalView saveAgreement(UUID proposalId, AgreementCommand command);

    /** Records an approval of the agreement; staff may record the participant's approval given in a meeting. */
    ProposalView approve(UUID proposalId, AgreementParty party);

    ProposalView activate(UUID proposalId, long lockVersion);

    ProposalView end(UUID proposalId, EndCommand command);

    ProposalView withdraw(UUID proposalId, long lockVersion);

    /** Whether the signed-in user may propose participants for places (the pages offer it exactly then). */
    boolean mayPropose();

    /** Whether the signed-in user has an inbox of proposals for their organisation's places ({@link #forEmployer}). */
    boolean mayReadEmployerInbox();

    ProposalView get(UUID proposalId);

    /**
     * What the signed-in user may do with the proposal now, by the same rule the changes above are checked with:
     * a page shows a form only when its action is here, and the API answers it at {@code /proposals/{id}/actions}.
     * Who is a party decides whether a change is refused (403); the proposal's state, whether it can be made now
     * (409 with the reason, from the proposal's own transition). Needs the right to read the proposal; writes no
     * audit entry.
     */
    ProposalActions actions(UUID proposalId);

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
