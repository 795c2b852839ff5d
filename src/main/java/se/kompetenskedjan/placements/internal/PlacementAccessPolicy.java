package se.kompetenskedjan.placements.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.ExternalWorkplaces;
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
 *
 * <p>A workplace without an account (identity's {@link ExternalWorkplaces}) is managed by a municipality: while it
 * is, that municipality's coordinators and admins stand in for the employer. They see and change its places and
 * supervisors as its own staff would, and are its host side in the selection workflow ({@link #standsInFor}). The
 * stand-in ends when the employer takes the workplace over.
 */
@Component
class PlacementAccessPolicy {

    /**
     * The visibility rule as SQL over a placement aliased p; parameters :viewerOrg, :hostOrgs (the viewer's own
     * organisation and those it stands in for, see {@link #hostOrganisations}) and :participantViewer.
     */
    static final String VISIBLE = """
            (p.organisation_id = ANY(:hostOrgs) AND NOT :participantViewer
             OR p.status <> 'DRAFT' AND (NOT :participantViewer OR p.status = 'OPEN')
                AND (p.sharing = 'REGION' OR p.organisation_id = ANY(:hostOrgs)
                     OR p.sharing = 'PARTNERS' AND EXISTS (SELECT 1 FROM placement_partner pp
                                                           WHERE pp.placement_id = p.id AND pp.organisation_id = :viewerOrg)))""";

    /** Null in the rule tests that build the policy by hand: then nobody stands in for anyone. */
    private final ExternalWorkplaces externalWorkplaces;

    @Autowired
    PlacementAccessPolicy(ExternalWorkplaces externalWorkplaces) {
        this.externalWorkplaces = externalWorkplaces;
    }

    /** A policy without workplaces managed by municipalities, for rule tests. */
    PlacementAccessPolicy() {
        this(null);
    }

    Map<String, Object> visibleParams(CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewerOrg", user.organisationId().value());
        params.put("hostOrgs", hostOrganisations(user).toArray(UUID[]::new));
        params.put("participantViewer", user.is(Role.PARTICIPANT));
        return params;
    }

    /**
     * The organisations whose places the user handles as their own: their organisation and, for coordinators and
     * admins of a municipality, the workplaces without an account it manages now.
     */
    Set<UUID> hostOrganisations(CurrentUser user) {
        Set<UUID> organisations = new HashSet<>();
        organisations.add(user.organisationId().value());
        if (externalWorkplaces != null && user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            organisations.addAll(externalWorkplaces.managedBy(user.organisationId().value()));
        }
        return organisations;
    }

    /** Whether the user is a coordinator or admin of the municipality that manages this workplace without an account now. */
    boolean standsInFor(CurrentUser user, UUID organisationId) {
        return externalWorkplaces != null && user.isAnyOf(Role.COORDINATOR, Role.ADMIN)
                && !user.organisationId().value().equals(organisationId)
                && externalWorkplaces.managerOf(organisationId).map(user.organisationId().value()::equals).orElse(false);
    }

    boolean mayManage(CurrentUser user, UUID organisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.COORDINATOR)
                && user.organisationId().value().equals(organisationId) || standsInFor(user, organisationId);
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

    /**
     * Employer side of a proposal: admins, employer managers and supervisors of the place's organisation, and the
     * coordinators and admins standing in for a workplace without an account.
     */
    boolean isEmployerOf(CurrentUser user, UUID placementOrganisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.SUPERVISOR)
                && user.organisationId().value().equals(placementOrganisationId)
                || standsInFor(user, placementOrganisationId);
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

    /**
     * The host employer: admins and employer managers of the place's organisation, or the coordinators and admins
     * of the municipality that stands in for a workplace without an account.
     */
    boolean isHostSide(CurrentUser user, Proposal proposal) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER)
                && user.organisationId().value().equals(proposal.placementOrganisationId())
                || standsInFor(user, proposal.placementOrganisationId());
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
