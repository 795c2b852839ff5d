package se.kompetenskedjan.placements.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.ProposalActions;

/**
 * Who sees and changes places and supervisors. Places are not personal data: the owning organisation's staff see
 * all of theirs (drafts too); others see places that are not drafts when shared with the whole region or with their
 * organisation as a partner; participants see only open places so shared. Admins, employer managers and
 * coordinators of the owning organisation change places and the supervisor inventory. Quality notes are for
 * coordinators only.
 *
 * <p>A proposal (and the placement it becomes) is changed only by its parties; seeing the participant through a
 * consent is the right to read the proposal, not to change it (see {@link #asParty}).
 */
@Component
class PlacementAccessPolicy {

    /** The visibility rule as SQL over a placement aliased p; parameters :viewerOrg and :participantViewer. */
    static final String VISIBLE = """
            (p.organisation_id = :viewerOrg AND NOT :participantViewer
             OR p.status <> 'DRAFT' AND (NOT :participantViewer OR p.status = 'OPEN')
                AND (p.sharing = 'REGION' OR p.organisation_id = :viewerOrg
                     OR p.sharing = 'PARTNERS' AND EXISTS (SELECT 1 FROM placement_partner pp
                                                           WHERE pp.placement_id = p.id AND pp.organisation_id = :viewerOrg)))""";

    static Map<String, Object> visibleParams(CurrentUser user) {
        return Map.of("viewerOrg", user.organisationId().value(), "participantViewer", user.is(Role.PARTICIPANT));
    }

    boolean mayManage(CurrentUser user, UUID organisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.COORDINATOR)
                && user.organisationId().value().equals(organisationId);
    }

    void requireManage(CurrentUser user, UUID organisationId) {
        if (!mayManage(user, organisationId)) {
            throw new AccessDeniedException("may not manage places of this organisation");
        }
    }

    boolean isStaff(CurrentUser user) {
        return !user.isAnyOf(Role.PARTICIPANT, Role.ANALYST);
    }

    void requireStaff(CurrentUser user) {
        if (!isStaff(user)) {
            throw new AccessDeniedException("staff only");
        }
    }

    void requireCoordinator(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    /** Employer side of a proposal: admins, employer managers and supervisors of the place's organisation. */
    boolean isEmployerOf(CurrentUser user, UUID placementOrganisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.SUPERVISOR)
                && user.organisationId().value().equals(placementOrganisationId);
    }

    // --- the parties to a proposal ------------------------------------------------------------------------------

    /**
     * The proposing side: coordinators and admins of the organisation responsible for the participant (who may edit
     * them) and of the organisation whose coordinator made the proposal (which may be one that sees the participant
     * through a consent).
     */
    boolean isProposingSide(CurrentUser user, Proposal proposal, ParticipantAccess access) {
        UUID organisation = user.organisationId().value();
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN)
                && (organisation.equals(access.participantOrganisationId())
                        || organisation.equals(proposal.proposingOrganisationId()));
    }

    /** The host employer: admins and employer managers of the place's organisation. */
    boolean isHostSide(CurrentUser user, Proposal proposal) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER)
                && user.organisationId().value().equals(proposal.placementOrganisationId());
    }

    /**
     * What the user may do with the proposal as a party, whatever its state: the one rule for both the service
     * (anything else is refused with 403) and the pages (through {@link #actionsNow}).
     * <ul>
     * <li>the proposing side agrees the start, writes the agreement, records the participant's approval given at a
     * meeting, approves for the coordinator, ends the placement and withdraws the proposal; those of them who may
     * edit the participant (the responsible organisation) activate it, which lets the supervisor see the
     * participant;</li>
     * <li>the host employer answers the proposal, agrees the start, writes the agreement, approves for the employer
     * and ends the placement; supervisors of the place's organisation approve for the employer too;</li>
     * <li>the participant approves their own agreement.</li>
     * </ul>
     * An admin who is on both sides approves for the employer only, so that two people approve.
     */
    ProposalActions asParty(CurrentUser user, Proposal proposal, ParticipantAccess access) {
        boolean proposing = isProposingSide(user, proposal, access);
        boolean host = isHostSide(user, proposal);
        List<AgreementParty> approve = new ArrayList<>();
        if (proposing || user.is(Role.PARTICIPANT) && proposal.participantId().equals(user.participantId())) {
            approve.add(AgreementParty.PARTICIPANT);
        }
        if (isEmployerOf(user, proposal.placementOrganisationId())) {
            approve.add(AgreementParty.EMPLOYER);
        }
        if (proposing && !(user.is(Role.ADMIN) && host)) {
            approve.add(AgreementParty.COORDINATOR);
        }
        return new ProposalActions(host, proposing || host, proposing || host, approve,
                proposing && access.mayEdit(), proposing || host, proposing);
    }

    /**
     * What the user may do with the proposal now: {@link #asParty} (who) and {@link Proposal#allows} (when), the rule
     * the pages show their forms by. The service checks the same two halves on a change: not a party is 403, a
     * state that does not allow the step is 409 from the proposal's transition.
     */
    ProposalActions actionsNow(CurrentUser user, Proposal proposal, ParticipantAccess access) {
        ProposalActions party = asParty(user, proposal, access);
        return new ProposalActions(party.review() && proposal.allows(Proposal.Step.REVIEW),
                party.agreeStart() && proposal.allows(Proposal.Step.AGREE_START),
                party.writeAgreement() && proposal.allows(Proposal.Step.WRITE_AGREEMENT),
                party.approve().stream().filter(proposal::allowsApproval).toList(),
                party.activate() && proposal.allows(Proposal.Step.ACTIVATE),
                party.end() && proposal.allows(Proposal.Step.END),
                party.withdraw() && proposal.allows(Proposal.Step.WITHDRAW));
    }
}
