package se.kompetenskedjan.placements.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.EndCommand;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.ProposalActions;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The selection workflow. Seats and supervisor slots are taken with one conditional UPDATE each
 * ({@code ... WHERE seats_taken < seats}), which PostgreSQL serialises on the row: of two requests for the last
 * seat, the second finds no seat left and gets 409, whatever the timing. The proposal row itself is changed only
 * at the lock_version that was read.
 */
@Service
@Transactional
class SelectionService implements Selections {

    private final JdbcClient jdbc;
    private final ProposalRepository proposals;
    private final CurrentUsers currentUsers;
    private final ParticipantRegister participants;
    private final PlacementService placements;
    private final PlacementAccessPolicy policy;
    private final se.kompetenskedjan.identity.IdentityDirectory identity;
    private final SupervisionAssignments supervisions;
    private final ApplicationEventPublisher events;
    private final SeatHistory seatHistory;
    private final Clock clock;

    SelectionService(JdbcClient jdbc, ProposalRepository proposals, CurrentUsers currentUsers, ParticipantRegister participants,
            PlacementService placements, PlacementAccessPolicy policy,
            se.kompetenskedjan.identity.IdentityDirectory identity, SupervisionAssignments supervisions,
            ApplicationEventPublisher events, SeatHistory seatHistory, Clock clock) {
        this.seatHistory = seatHistory;
        this.supervisions = supervisions;
        this.events = events;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.currentUsers = currentUsers;
        this.participants = participants;
        this.placements = placements;
        this.policy = policy;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public ProposalView propose(ProposeCommand command) {
        CurrentUser user = currentUsers.current();
        if (!mayPropose(user)) {
            throw new AccessDeniedException("coordinators propose participants");
        }
        PlacementService.Row placement = placements.row(command.placementId());
        placements.requireVisible(user, placement);
        participants.access(command.participantId(), AccessNeed.CONTRIBUTE, "proposed for placement");
        if (placement.status() != PlacementStatus.OPEN) {
            throw new ConflictException("proposal.placement.notOpen");
        }
        if (!participants.sharedWith(command.participantId(), placement.organisationId())) {
            throw new InvalidFieldException("participantId", "proposal.consent.missing");
        }
        Proposal proposal = Proposal.propose(ProposalId.random(), placement.id(), placement.title(),
                placement.organisationId(), placement.unitId(), command.participantId(), user.organisationId().value(),
                command.score(), command.motivation(), clock.instant(), today());
        save(proposal, null, user);
        return view(proposal.id());
    }

    @Override
    public ProposalView review(UUID proposalId, ReviewCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement proposal reviewed");
        requireParty(policy.asParty(user, proposal, access).review(), "the employer reviews proposals");
        proposal.review(command.decision(), command.note(), command.declineReason(), today());
        if (proposal.status() == ProposalStatus.ACCEPTED) {
            takeSeat(proposal.placementId());
        }
        save(proposal, command.lockVersion(), user);
        return view(proposal.id());
    }

    @Override
    public ProposalView agreeStart(UUID proposalId, AgreeStartCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement start agreed");
        requireParty(policy.asParty(user, proposal, access).agreeStart(), "the parties agree the start");
        proposal.agreeStart(command.startsOn(), command.endsOn(),
                proposals.supervisor(command.supervisorId()).orElse(null));
        int slot = jdbc.sql("""
                UPDATE supervisor SET slots_used = slots_used + 1
                WHERE id = :id AND willing AND slots_used < capacity""").param("id", command.supervisorId()).update();
        if (slot == 0) {
            throw new ConflictException("proposal.supervisor.noSlot");
        }
        save(proposal, command.lockVersion(), user);
        return view(proposal.id());
    }

    @Override
    public ProposalView saveAgreement(UUID proposalId, AgreementCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement agreement");
        requireParty(policy.asParty(user, proposal, access).writeAgreement(), "the parties write the agreement");
        proposal.writeAgreement(command.goals(), command.tasks(), command.hours(), command.followUp());
        save(proposal, command.lockVersion(), user);
        return view(proposal.id());
    }

    @Override
    public ProposalView approve(UUID proposalId, AgreementParty party) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement agreement approved");
        requireParty(policy.asParty(user, proposal, access).approve().contains(party), "approves for its own party");
        // Staff record the participant's approval given at a meeting.
        boolean inMeeting = party == AgreementParty.PARTICIPANT && !user.is(Role.PARTICIPANT);
        proposal.approve(party, user.id().value(), user.displayName(), inMeeting, clock.instant());
        save(proposal, null, user);
        return view(proposal.id());
    }

    @Override
    public ProposalView activate(UUID proposalId, long lockVersion) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement activated");
        requireParty(policy.asParty(user, proposal, access).activate(),
                "the coordinator responsible for the participant activates a placement");
        proposal.activate(today());
        save(proposal, lockVersion, user);
        if (proposal.supervisorUserId() != null) {
            supervisions.start(proposal.participantId(), proposal.supervisorUserId(), proposal.placementUnitId(),
                    proposalId, proposal.startsOn(), proposal.endsOn());
            participants.access(proposal.participantId(), AccessNeed.START_SUPERVISION,
                    supervisorAccountName(proposal));
        }
        return view(proposal.id());
    }

    @Override
    public ProposalView end(UUID proposalId, EndCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement ended");
        requireParty(policy.asParty(user, proposal, access).end(), "the parties end a placement");
        Proposal.Release release = proposal.end(command.completed(), command.reason(), command.endedOn(),
                command.note());
        save(proposal, command.lockVersion(), user);
        release(proposal, release);
        if (proposal.supervisorUserId() != null && !supervisions.end(proposal.participantId(),
                proposal.supervisorUserId(), proposal.placementUnitId(), command.endedOn()).isEmpty()) {
            participants.access(proposal.participantId(), AccessNeed.END_SUPERVISION,
                    supervisorAccountName(proposal));
        }
        return view(proposal.id());
    }

    @Override
    public ProposalView withdraw(UUID proposalId, long lockVersion) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement proposal withdrawn");
        requireParty(policy.asParty(user, proposal, access).withdraw(), "the proposing side withdraws a proposal");
        Proposal.Release release = proposal.withdraw();
        save(proposal, lockVersion, user);
        release(proposal, release);
        return view(proposal.id());
    }

    /** Saves the proposal's changes and publishes the events its transitions registered, in this transaction. */
    private void save(Proposal proposal, Long expectedLock, CurrentUser user) {
        proposals.save(proposal, expectedLock, new ProposalRepository.Actor(user.id().value(), user.displayName()));
        proposal.pullEvents().forEach(events::publishEvent);
    }

    @Override
    public boolean mayPropose() {
        return mayPropose(currentUsers.current());
    }

    @Override
    public boolean mayReadEmployerInbox() {
        return mayReadEmployerInbox(currentUsers.current());
    }

    /** Employers' staff, and coordinators standing in for a workplace without an account. */
    boolean mayReadEmployerInbox(CurrentUser user) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.SUPERVISOR)
                || user.is(Role.COORDINATOR) && policy.hostOrganisations(user).size() > 1;
    }

    private static boolean mayPropose(CurrentUser user) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN);
    }

    @Override
    public ProposalView get(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        requireReader(user, proposal);
        return views(List.of(proposal)).stream().findFirst().orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    /** A proposal as {@link #get} reads it, and whether the signed-in user is a party who may write its agreement. */
    record AgreementReading(ProposalView proposal, boolean mayWrite) {
    }

    /** For the agreement's translations: read (and audited) as {@link #get}, with whether the user may write it. */
    @Transactional(readOnly = true)
    AgreementReading readAgreement(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = requireReader(user, proposal);
        ProposalView view = views(List.of(proposal)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal.unknown"));
        return new AgreementReading(view, policy.asParty(user, proposal, access).writeAgreement());
    }

    /**
     * For translating the agreement: refused (403) unless the user is a party who may write it, and recorded as a
     * change of the participant's data, as {@link #saveAgreement} is.
     */
    AgreementReading agreementToTranslate(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        ParticipantAccess access = participants.access(proposal.participantId(), AccessNeed.CONTRIBUTE,
                "placement agreement translated");
        requireParty(policy.asParty(user, proposal, access).writeAgreement(), "the parties translate the agreement");
        return new AgreementReading(view(proposal.id()), true);
    }

    @Override
    @Transactional(readOnly = true)
    public ProposalActions actions(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = proposals.get(new ProposalId(proposalId));
        return policy.actionsNow(user, proposal, requireReader(user, proposal));
    }

    @Override
    public PageResult<ProposalView> forPlacement(UUID placementId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        PlacementService.Row placement = placements.row(placementId);
        placements.requireVisible(user, placement);
        policy.requireStaff(user);
        if (!mayReadProposalsAt(user, placement.organisationId())) {
            return new PageResult<>(List.of(), 0, 0, 0, 0);
        }
        return page("pr.placement_id = :key", placementId, null, page, size);
    }

    @Override
    public PageResult<ProposalView> forEmployer(ProposalStatus status, UUID unitId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        if (!mayReadEmployerInbox(user)) {
            throw new AccessDeniedException("employers only");
        }
        String where = "p.organisation_id = ANY(:key)" + (status == null ? "" : " AND pr.status = '" + status.name() + "'")
                + (unitId == null ? "" : " AND p.unit_id = :unit");
        return page(where, policy.hostOrganisations(user).toArray(UUID[]::new), unitId, page, size);
    }

    @Override
    public List<ProposalView> forParticipant(UUID participantId) {
        CurrentUser user = currentUsers.current();
        participants.requireRead(participantId);
        List<Proposal> rows = proposals.list("pr.participant_id = :id", "ORDER BY pr.proposed_at DESC LIMIT 200",
                Map.of("id", participantId));
        if (user.is(Role.PARTICIPANT)) {
            // The participant sees the outcome, not the employer's internal notes.
            return views(rows).stream().map(SelectionService::forParticipantEyes).toList();
        }
        return views(rows);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A page of proposals matching {@code where}, which may use :key and, when a unit is given, :unit. */
    private PageResult<ProposalView> page(String where, Object key, UUID unit, Integer page, Integer size) {
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        if (unit != null) {
            params.put("unit", unit);
        }
        long total = jdbc.sql("SELECT count(*) FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id WHERE "
                + where).params(params).query(Long.class).single();
        params.put("limit", paging.getPageSize());
        params.put("offset", paging.getOffset());
        List<Proposal> rows = proposals.list(where, """
                ORDER BY CASE WHEN pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','STUDY_VISIT_REQUESTED') THEN 0
                              WHEN pr.status IN ('ACCEPTED','AGREED','ACTIVE') THEN 1 ELSE 2 END,
                         pr.proposed_at DESC, pr.id LIMIT :limit OFFSET :offset""", params);
        return new PageResult<>(views(rows), paging.getPageNumber(), paging.getPageSize(), total,
                (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    private ParticipantAccess requireReader(CurrentUser user, Proposal proposal) {
        ParticipantAccess access = participants.requireRead(proposal.participantId());
        if (!user.is(Role.PARTICIPANT) && !mayReadProposalsAt(user, proposal.placementOrganisationId())) {
            throw new AccessDeniedException("not a party to the proposal");
        }
        return access;
    }

    /** Staff who are a party to proposals for places of this organisation (besides the participant themself). */
    private boolean mayReadProposalsAt(CurrentUser user, UUID placementOrganisationId) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN) || policy.isEmployerOf(user, placementOrganisationId);
    }

    /** Refuses (403) a change by someone who is not the party that makes it, whatever the proposal's state. */
    private static void requireParty(boolean allowed, String rule) {
        if (!allowed) {
            throw new AccessDeniedException(rule);
        }
    }

    private void takeSeat(UUID placementId) {
        int taken = jdbc.sql("""
                UPDATE placement SET seats_taken = seats_taken + 1,
                    status = CASE WHEN seats_taken + 1 >= seats THEN 'FULL' ELSE status END,
                    updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND status = 'OPEN' AND seats_taken < seats""").param("id", placementId)
                .param("now", Timestamp.from(clock.instant())).update();
        if (taken == 0) {
            throw new ConflictException("proposal.seat.none");
        }
        seatHistory.record(placementId, currentUsers.current().id().value());
    }

    /** Frees the seat and the supervisor slot a closing transition let go of. */
    private void release(Proposal proposal, Proposal.Release release) {
        if (release.seat()) {
            jdbc.sql("""
                    UPDATE placement SET seats_taken = seats_taken - 1,
                        status = CASE WHEN status = 'FULL' THEN 'OPEN' ELSE status END,
                        updated_at = :now, lock_version = lock_version + 1
                    WHERE id = :id""").param("id", proposal.placementId()).param("now", Timestamp.from(clock.instant()))
                    .update();
            seatHistory.record(proposal.placementId(), currentUsers.current().id().value());
        }
        if (release.supervisorSlot() != null) {
            jdbc.sql("UPDATE supervisor SET slots_used = slots_used - 1 WHERE id = :id")
                    .param("id", release.supervisorSlot()).update();
        }
    }

    /** The supervisor's user account name, as the audit trail names the supervisor. */
    private String supervisorAccountName(Proposal proposal) {
        return identity.findUser(new se.kompetenskedjan.identity.UserId(proposal.supervisorUserId()))
                .map(se.kompetenskedjan.identity.UserView::displayName).orElse("");
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    private ProposalView view(ProposalId id) {
        return views(List.of(proposals.get(id))).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    /** Views of the proposals whose participants the signed-in user may see (recorded as a list read). */
    private List<ProposalView> views(List<Proposal> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ParticipantSummary> names = new HashMap<>();
        participants.summaries(rows.stream().map(Proposal::participantId).distinct().toList())
                .forEach(s -> names.put(s.id(), s));
        Collection<UUID> ids = rows.stream().map(r -> r.id().value()).toList();
        Map<UUID, List<ProposalView.Event>> events = new HashMap<>();
        jdbc.sql("""
                SELECT proposal_id, status, note, actor_name, occurred_at FROM placement_proposal_event
                WHERE proposal_id IN (:ids) ORDER BY occurred_at, id""").param("ids", ids)
                .query((rs, n) -> Map.entry(PlacementRows.uuid(rs, "proposal_id"), new ProposalView.Event(
                        ProposalStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        rs.getString("actor_name"), rs.getTimestamp("occurred_at").toInstant())))
                .list().forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, String> organisations = identity.organisationNames(
                rows.stream().map(Proposal::placementOrganisationId).distinct().toList());
        Map<UUID, String> units = identity.unitNames(rows.stream().map(Proposal::placementUnitId).distinct().toList());
        return rows.stream().filter(r -> names.containsKey(r.participantId())).map(r -> {
            ParticipantSummary who = names.get(r.participantId());
            return new ProposalView(r.id().value(), r.placementId(), r.placementTitle(),
                    units.get(r.placementUnitId()), organisations.get(r.placementOrganisationId()), r.participantId(),
                    who.firstName() + " " + who.lastName(), r.status(), r.score(), r.motivation(), r.reviewNote(),
                    r.declineReason(), r.endReason(), r.startsOn(), r.endsOn(), r.supervisorId(), r.supervisorName(),
                    r.goals(), r.tasks(), r.hours(), r.followUp(), r.approvals(),
                    events.getOrDefault(r.id().value(), List.of()), r.proposedAt(), r.lockVersion());
        }).toList();
    }

    private static ProposalView forParticipantEyes(ProposalView v) {
        return new ProposalView(v.id(), v.placementId(), v.placementTitle(), v.unitName(), v.organisationName(),
                v.participantId(), v.participantName(), v.status(), null, null, null, v.declineReason(), v.endReason(),
                v.startsOn(), v.endsOn(), v.supervisorId(), v.supervisorName(), v.goals(), v.tasks(), v.hours(),
                v.followUp(), v.approvals(), List.of(), v.proposedAt(), v.lockVersion());
    }
}
