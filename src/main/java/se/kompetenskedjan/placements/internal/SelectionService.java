package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.EndCommand;
import se.kompetenskedjan.placements.EndReason;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementActivated;
import se.kompetenskedjan.placements.PlacementAgreed;
import se.kompetenskedjan.placements.PlacementEnded;
import se.kompetenskedjan.placements.ProposalAccepted;
import se.kompetenskedjan.placements.ProposalActions;
import se.kompetenskedjan.placements.ProposalDeclined;
import se.kompetenskedjan.placements.ProposalMade;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

/**
 * The selection workflow. Seats and supervisor slots are taken with one conditional UPDATE each
 * ({@code ... WHERE seats_taken < seats}), which PostgreSQL serialises on the row: of two requests for the last
 * seat, the second finds no seat left and gets 409, whatever the timing. The proposal row itself is changed only
 * at the lock_version that was read.
 */
@Service
@Transactional
class SelectionService implements Selections {

    private static final String SELECT = """
            SELECT pr.*, p.title AS placement_title, p.organisation_id AS placement_organisation_id,
                   p.unit_id AS placement_unit_id, s.name AS supervisor_name, s.user_id AS supervisor_user_id
            FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id
            LEFT JOIN supervisor s ON s.id = pr.supervisor_id""";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ParticipantRegister participants;
    private final PlacementService placements;
    private final PlacementAccessPolicy policy;
    private final se.kompetenskedjan.identity.IdentityDirectory identity;
    private final SupervisionAssignments supervisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelectionService(JdbcClient jdbc, CurrentUsers currentUsers, ParticipantRegister participants,
            PlacementService placements, PlacementAccessPolicy policy,
            se.kompetenskedjan.identity.IdentityDirectory identity, SupervisionAssignments supervisions,
            ApplicationEventPublisher events, Clock clock) {
        this.supervisions = supervisions;
        this.events = events;
        this.jdbc = jdbc;
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
        ParticipantAccess access = participants.requireRead(command.participantId());
        if (placement.status() != PlacementStatus.OPEN) {
            throw new ConflictException("proposal.placement.notOpen");
        }
        if (!participants.sharedWith(command.participantId(), placement.organisationId())) {
            throw new InvalidFieldException("participantId", "proposal.consent.missing");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO placement_proposal (id, placement_id, participant_id, status, score, motivation, proposed_by,
                                                    proposing_organisation_id, proposed_at, updated_at)
                    VALUES (:id, :placement, :participant, 'PROPOSED', :score, :motivation, :by, :proposingOrganisation,
                            :now, :now)""")
                    .param("id", id).param("now", timestamp()).param("placement", command.placementId())
                    .param("participant", command.participantId()).param("score", command.score())
                    .param("motivation", Texts.blankToNull(command.motivation())).param("by", user.id().value())
                    .param("proposingOrganisation", user.organisationId().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("proposal.duplicate");
        }
        event(id, ProposalStatus.PROPOSED, command.motivation(), user);
        events.publishEvent(new ProposalMade(id, placement.id(), command.participantId(), placement.organisationId(),
                placement.unitId(), user.organisationId().value(), today()));
        participants.recordAccess(access, AuditAction.UPDATE, "proposed for placement");
        return view(find(id));
    }

    @Override
    public ProposalView review(UUID proposalId, ReviewCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).review(), "the employer reviews proposals");
        if (!proposal.status.awaitingEmployer()) {
            throw new ConflictException("proposal.notAwaitingEmployer");
        }
        ProposalStatus next;
        boolean takeSeat = false;
        switch (command.decision()) {
            case ACCEPT -> {
                next = ProposalStatus.ACCEPTED;
                takeSeat = true;
            }
            case DECLINE -> {
                if (command.declineReason() == null) {
                    throw new InvalidFieldException("declineReason", "proposal.declineReason.required");
                }
                next = ProposalStatus.DECLINED;
            }
            case REQUEST_INTERVIEW -> next = ProposalStatus.INTERVIEW_REQUESTED;
            default -> next = ProposalStatus.STUDY_VISIT_REQUESTED;
        }
        if (takeSeat) {
            takeSeat(proposal.placementId);
        }
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET status = :status, review_note = :note, decline_reason = :reason,
                    seat_held = seat_held OR :seat, updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""")
                .param("status", next.name()).param("note", Texts.blankToNull(command.note()))
                .param("reason", next == ProposalStatus.DECLINED ? command.declineReason().name() : null)
                .param("seat", takeSeat).param("id", proposalId).param("lock", command.lockVersion())
                .param("now", timestamp()).update();
        staleUnless(updated);
        event(proposalId, next, command.note(), user);
        if (next == ProposalStatus.ACCEPTED) {
            events.publishEvent(new ProposalAccepted(proposalId, proposal.placementId, proposal.participantId,
                    proposal.placementOrganisationId, today()));
        } else if (next == ProposalStatus.DECLINED) {
            events.publishEvent(new ProposalDeclined(proposalId, proposal.placementId, proposal.participantId,
                    proposal.placementOrganisationId, command.declineReason(), today()));
        }
        participants.recordAccess(access, AuditAction.UPDATE, "placement proposal reviewed");
        return view(find(proposalId));
    }

    @Override
    public ProposalView agreeStart(UUID proposalId, AgreeStartCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).agreeStart(), "the parties agree the start");
        if (proposal.status != ProposalStatus.ACCEPTED) {
            throw new ConflictException("proposal.notAccepted");
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            throw new InvalidFieldException("endsOn", "proposal.endsOn.beforeStart");
        }
        boolean ofPlacement = jdbc.sql("""
                SELECT exists (SELECT 1 FROM supervisor s WHERE s.id = :s AND s.unit_id = :unit)""")
                .param("s", command.supervisorId()).param("unit", proposal.placementUnitId).query(Boolean.class).single();
        if (!ofPlacement) {
            throw new InvalidFieldException("supervisorId", "proposal.supervisor.notAtUnit");
        }
        int slot = jdbc.sql("""
                UPDATE supervisor SET slots_used = slots_used + 1
                WHERE id = :id AND willing AND slots_used < capacity""").param("id", command.supervisorId()).update();
        if (slot == 0) {
            throw new ConflictException("proposal.supervisor.noSlot");
        }
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET status = 'AGREED', starts_on = :starts, ends_on = :ends,
                    supervisor_id = :supervisor, slot_held = true, updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""")
                .param("starts", command.startsOn()).param("ends", command.endsOn())
                .param("supervisor", command.supervisorId()).param("id", proposalId)
                .param("lock", command.lockVersion()).param("now", timestamp()).update();
        staleUnless(updated);
        event(proposalId, ProposalStatus.AGREED, null, user);
        events.publishEvent(new PlacementAgreed(proposalId, proposal.placementId, proposal.participantId,
                proposal.placementOrganisationId, proposal.placementUnitId, command.supervisorId(), command.startsOn(),
                command.endsOn()));
        participants.recordAccess(access, AuditAction.UPDATE, "placement start agreed");
        return view(find(proposalId));
    }

    @Override
    public ProposalView saveAgreement(UUID proposalId, AgreementCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).writeAgreement(), "the parties write the agreement");
        if (proposal.status != ProposalStatus.AGREED && proposal.status != ProposalStatus.ACTIVE) {
            throw new ConflictException("agreement.notAgreed");
        }
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET goals = :goals, tasks = :tasks, hours = :hours, follow_up = :followUp,
                    updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""")
                .param("goals", command.goals().strip()).param("tasks", command.tasks().strip())
                .param("hours", command.hours().strip()).param("followUp", command.followUp().strip())
                .param("id", proposalId).param("lock", command.lockVersion()).param("now", timestamp()).update();
        staleUnless(updated);
        // A changed agreement must be approved again by everyone.
        jdbc.sql("DELETE FROM placement_agreement_approval WHERE proposal_id = :id").param("id", proposalId).update();
        participants.recordAccess(access, AuditAction.UPDATE, "placement agreement");
        return view(find(proposalId));
    }

    @Override
    public ProposalView approve(UUID proposalId, AgreementParty party) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).approve().contains(party), "approves for its own party");
        // Staff record the participant's approval given at a meeting.
        boolean inMeeting = party == AgreementParty.PARTICIPANT && !user.is(Role.PARTICIPANT);
        if (proposal.status != ProposalStatus.AGREED && proposal.status != ProposalStatus.ACTIVE) {
            throw new ConflictException("agreement.notAgreed");
        }
        if (proposal.goals == null) {
            throw new ConflictException("agreement.notWritten");
        }
        int inserted = jdbc.sql("""
                INSERT INTO placement_agreement_approval (proposal_id, party, approved_by, approved_by_name, in_meeting,
                                                          approved_at)
                VALUES (:id, :party, :by, :name, :meeting, :now) ON CONFLICT DO NOTHING""")
                .param("id", proposalId)
                .param("now", timestamp()).param("party", party.name()).param("by", user.id().value())
                .param("name", user.displayName()).param("meeting", inMeeting).update();
        if (inserted == 0) {
            throw new ConflictException("agreement.alreadyApproved");
        }
        participants.recordAccess(access, AuditAction.UPDATE, "placement agreement approved");
        return view(find(proposalId));
    }

    @Override
    public ProposalView activate(UUID proposalId, long lockVersion) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).activate(),
                "the coordinator responsible for the participant activates a placement");
        if (proposal.status != ProposalStatus.AGREED) {
            throw new ConflictException("proposal.notAgreed");
        }
        long approvals = jdbc.sql("SELECT count(*) FROM placement_agreement_approval WHERE proposal_id = :id")
                .param("id", proposalId).query(Long.class).single();
        if (approvals < AgreementParty.values().length) {
            throw new ConflictException("agreement.notApproved");
        }
        if (proposal.startsOn.isAfter(SwedishTime.today(clock))) {
            throw new ConflictException("proposal.notStarted");
        }
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET status = 'ACTIVE', updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""").param("id", proposalId).param("lock", lockVersion)
                .param("now", timestamp()).update();
        staleUnless(updated);
        event(proposalId, ProposalStatus.ACTIVE, null, user);
        events.publishEvent(new PlacementActivated(proposalId, proposal.placementId, proposal.participantId,
                proposal.placementOrganisationId, proposal.placementUnitId, proposal.supervisorUserId,
                proposal.startsOn, proposal.endsOn, today()));
        if (proposal.supervisorUserId != null) {
            supervisions.start(proposal.participantId, proposal.supervisorUserId, proposal.placementUnitId, proposalId,
                    proposal.startsOn, proposal.endsOn);
            participants.recordAccess(access, AuditAction.SUPERVISION_ADDED, supervisorAccountName(proposal));
        }
        participants.recordAccess(access, AuditAction.UPDATE, "placement activated");
        return view(find(proposalId));
    }

    @Override
    public ProposalView end(UUID proposalId, EndCommand command) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).end(), "the parties end a placement");
        if (proposal.status != ProposalStatus.ACTIVE) {
            throw new ConflictException("proposal.notActive");
        }
        boolean completed = command.completed();
        if (!completed && command.reason() == null) {
            throw new InvalidFieldException("reason", "proposal.endReason.required");
        }
        if (command.endedOn().isBefore(proposal.startsOn)) {
            throw new InvalidFieldException("endedOn", "proposal.endsOn.beforeStart");
        }
        ProposalStatus next = completed ? ProposalStatus.COMPLETED : ProposalStatus.ENDED_EARLY;
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET status = :status, end_reason = :reason, ends_on = :ended,
                    updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""")
                .param("status", next.name()).param("reason", completed ? null : command.reason().name())
                .param("ended", command.endedOn()).param("id", proposalId).param("lock", command.lockVersion())
                .param("now", timestamp()).update();
        staleUnless(updated);
        release(proposal);
        event(proposalId, next, command.note(), user);
        events.publishEvent(new PlacementEnded(proposalId, proposal.placementId, proposal.participantId,
                proposal.placementOrganisationId, proposal.placementUnitId, completed,
                completed ? null : command.reason(), command.endedOn()));
        if (proposal.supervisorUserId != null && !supervisions.end(proposal.participantId, proposal.supervisorUserId,
                proposal.placementUnitId, command.endedOn()).isEmpty()) {
            participants.recordAccess(access, AuditAction.SUPERVISION_ENDED, supervisorAccountName(proposal));
        }
        participants.recordAccess(access, AuditAction.UPDATE, "placement ended");
        return view(find(proposalId));
    }

    @Override
    public ProposalView withdraw(UUID proposalId, long lockVersion) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        requireParty(policy.asParty(user, proposal, access).withdraw(), "the proposing side withdraws a proposal");
        if (proposal.status.closed() || proposal.status == ProposalStatus.ACTIVE) {
            throw new ConflictException("proposal.notWithdrawable");
        }
        int updated = jdbc.sql("""
                UPDATE placement_proposal SET status = 'WITHDRAWN', updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""").param("id", proposalId).param("lock", lockVersion)
                .param("now", timestamp()).update();
        staleUnless(updated);
        release(proposal);
        event(proposalId, ProposalStatus.WITHDRAWN, null, user);
        participants.recordAccess(access, AuditAction.UPDATE, "placement proposal withdrawn");
        return view(find(proposalId));
    }

    @Override
    public boolean mayPropose() {
        return mayPropose(currentUsers.current());
    }

    private static boolean mayPropose(CurrentUser user) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN);
    }

    @Override
    public ProposalView get(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        requireReader(user, proposal);
        return views(List.of(proposal)).stream().findFirst().orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    @Override
    @Transactional(readOnly = true)
    public ProposalActions actions(UUID proposalId) {
        CurrentUser user = currentUsers.current();
        Proposal proposal = find(proposalId);
        ParticipantAccess access = participants.requireRead(proposal.participantId);
        Set<AgreementParty> approved = EnumSet.noneOf(AgreementParty.class);
        jdbc.sql("SELECT party FROM placement_agreement_approval WHERE proposal_id = :id").param("id", proposalId)
                .query(String.class).list().forEach(party -> approved.add(AgreementParty.valueOf(party)));
        return policy.actionsNow(user, proposal, access, approved);
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
        if (!user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.SUPERVISOR)) {
            throw new AccessDeniedException("employers only");
        }
        String where = "p.organisation_id = :key" + (status == null ? "" : " AND pr.status = '" + status.name() + "'")
                + (unitId == null ? "" : " AND p.unit_id = :unit");
        return page(where, user.organisationId().value(), unitId, page, size);
    }

    @Override
    public List<ProposalView> forParticipant(UUID participantId) {
        CurrentUser user = currentUsers.current();
        participants.requireRead(participantId);
        List<Proposal> rows = jdbc.sql(SELECT + " WHERE pr.participant_id = :id ORDER BY pr.proposed_at DESC LIMIT 200")
                .param("id", participantId).query(SelectionService::map).list();
        if (user.is(Role.PARTICIPANT)) {
            // The participant sees the outcome, not the employer's internal notes.
            return views(rows).stream().map(SelectionService::forParticipantEyes).toList();
        }
        return views(rows);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A page of proposals matching {@code where}, which may use :key and, when a unit is given, :unit. */
    private PageResult<ProposalView> page(String where, UUID key, UUID unit, Integer page, Integer size) {
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        if (unit != null) {
            params.put("unit", unit);
        }
        long total = jdbc.sql("SELECT count(*) FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id WHERE "
                + where).params(params).query(Long.class).single();
        List<Proposal> rows = jdbc.sql(SELECT + " WHERE " + where + """
                \sORDER BY CASE WHEN pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','STUDY_VISIT_REQUESTED') THEN 0
                               WHEN pr.status IN ('ACCEPTED','AGREED','ACTIVE') THEN 1 ELSE 2 END,
                          pr.proposed_at DESC, pr.id LIMIT :limit OFFSET :offset""")
                .params(params).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query(SelectionService::map).list();
        return new PageResult<>(views(rows), paging.getPageNumber(), paging.getPageSize(), total,
                (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    private void requireReader(CurrentUser user, Proposal proposal) {
        participants.requireRead(proposal.participantId);
        if (!user.is(Role.PARTICIPANT) && !mayReadProposalsAt(user, proposal.placementOrganisationId)) {
            throw new AccessDeniedException("not a party to the proposal");
        }
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
                .param("now", timestamp()).update();
        if (taken == 0) {
            throw new ConflictException("proposal.seat.none");
        }
    }

    private void release(Proposal proposal) {
        if (proposal.seatHeld) {
            jdbc.sql("""
                    UPDATE placement SET seats_taken = seats_taken - 1,
                        status = CASE WHEN status = 'FULL' THEN 'OPEN' ELSE status END,
                        updated_at = :now, lock_version = lock_version + 1
                    WHERE id = :id""").param("id", proposal.placementId).param("now", timestamp()).update();
        }
        if (proposal.slotHeld && proposal.supervisorId != null) {
            jdbc.sql("UPDATE supervisor SET slots_used = slots_used - 1 WHERE id = :id")
                    .param("id", proposal.supervisorId).update();
        }
        jdbc.sql("UPDATE placement_proposal SET seat_held = false, slot_held = false WHERE id = :id")
                .param("id", proposal.id).update();
    }

    private static void staleUnless(int updated) {
        if (updated == 0) {
            throw new ConflictException("proposal.stale");
        }
    }

    private void event(UUID proposalId, ProposalStatus status, String note, CurrentUser user) {
        jdbc.sql("""
                INSERT INTO placement_proposal_event (id, proposal_id, status, note, actor_id, actor_name, occurred_at)
                VALUES (:id, :proposal, :status, :note, :actor, :name, :now)""")
                .param("id", UUID.randomUUID())
                .param("now", timestamp()).param("proposal", proposalId).param("status", status.name())
                .param("note", Texts.blankToNull(note)).param("actor", user.id().value())
                .param("name", user.displayName()).update();
    }

    /** The supervisor's user account name, as the audit trail names the supervisor. */
    private String supervisorAccountName(Proposal proposal) {
        return identity.findUser(new se.kompetenskedjan.identity.UserId(proposal.supervisorUserId))
                .map(se.kompetenskedjan.identity.UserView::displayName).orElse("");
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    private Timestamp timestamp() {
        return Timestamp.from(clock.instant());
    }

    Proposal find(UUID id) {
        return jdbc.sql(SELECT + " WHERE pr.id = :id").param("id", id).query(SelectionService::map).optional()
                .orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    private ProposalView view(Proposal proposal) {
        return views(List.of(proposal)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    /** Views of the proposals whose participants the signed-in user may see (recorded as a list read). */
    private List<ProposalView> views(List<Proposal> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ParticipantSummary> names = new HashMap<>();
        participants.summaries(rows.stream().map(r -> r.participantId).distinct().toList())
                .forEach(s -> names.put(s.id(), s));
        Collection<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<UUID, List<ProposalView.Approval>> approvals = new HashMap<>();
        jdbc.sql("""
                SELECT proposal_id, party, approved_by_name, in_meeting, approved_at FROM placement_agreement_approval
                WHERE proposal_id IN (:ids) ORDER BY approved_at""").param("ids", ids)
                .query((rs, n) -> Map.entry(PlacementRows.uuid(rs, "proposal_id"), new ProposalView.Approval(
                        AgreementParty.valueOf(rs.getString("party")), rs.getString("approved_by_name"),
                        rs.getBoolean("in_meeting"), rs.getTimestamp("approved_at").toInstant())))
                .list().forEach(e -> approvals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<ProposalView.Event>> events = new HashMap<>();
        jdbc.sql("""
                SELECT proposal_id, status, note, actor_name, occurred_at FROM placement_proposal_event
                WHERE proposal_id IN (:ids) ORDER BY occurred_at, id""").param("ids", ids)
                .query((rs, n) -> Map.entry(PlacementRows.uuid(rs, "proposal_id"), new ProposalView.Event(
                        ProposalStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        rs.getString("actor_name"), rs.getTimestamp("occurred_at").toInstant())))
                .list().forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, String> organisations = identity.organisationNames(
                rows.stream().map(r -> r.placementOrganisationId).distinct().toList());
        Map<UUID, String> units = identity.unitNames(rows.stream().map(r -> r.placementUnitId).distinct().toList());
        return rows.stream().filter(r -> names.containsKey(r.participantId)).map(r -> {
            ParticipantSummary who = names.get(r.participantId);
            return new ProposalView(r.id, r.placementId, r.placementTitle, units.get(r.placementUnitId),
                    organisations.get(r.placementOrganisationId), r.participantId,
                    who.firstName() + " " + who.lastName(), r.status, r.score, r.motivation, r.reviewNote,
                    r.declineReason, r.endReason, r.startsOn, r.endsOn, r.supervisorId, r.supervisorName, r.goals,
                    r.tasks, r.hours, r.followUp, approvals.getOrDefault(r.id, List.of()),
                    events.getOrDefault(r.id, List.of()), r.proposedAt, r.lockVersion);
        }).toList();
    }

    private static ProposalView forParticipantEyes(ProposalView v) {
        return new ProposalView(v.id(), v.placementId(), v.placementTitle(), v.unitName(), v.organisationName(),
                v.participantId(), v.participantName(), v.status(), null, null, null, v.declineReason(), v.endReason(),
                v.startsOn(), v.endsOn(), v.supervisorId(), v.supervisorName(), v.goals(), v.tasks(), v.hours(),
                v.followUp(), v.approvals(), List.of(), v.proposedAt(), v.lockVersion());
    }

    static Proposal map(ResultSet rs, int n) throws SQLException {
        String decline = rs.getString("decline_reason");
        String end = rs.getString("end_reason");
        java.sql.Timestamp proposedAt = rs.getTimestamp("proposed_at");
        return new Proposal(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "placement_id"),
                rs.getString("placement_title"), PlacementRows.uuid(rs, "placement_organisation_id"),
                PlacementRows.uuid(rs, "placement_unit_id"), PlacementRows.uuid(rs, "proposing_organisation_id"),
                PlacementRows.uuid(rs, "participant_id"),
                ProposalStatus.valueOf(rs.getString("status")),
                PlacementRows.intOrNull(rs, "score"), rs.getString("motivation"), rs.getString("review_note"),
                decline == null ? null : DeclineReason.valueOf(decline), end == null ? null : EndReason.valueOf(end),
                PlacementRows.date(rs, "starts_on"), PlacementRows.date(rs, "ends_on"),
                PlacementRows.uuid(rs, "supervisor_id"), rs.getString("supervisor_name"),
                PlacementRows.uuid(rs, "supervisor_user_id"), rs.getBoolean("seat_held"), rs.getBoolean("slot_held"),
                rs.getString("goals"), rs.getString("tasks"), rs.getString("hours"), rs.getString("follow_up"),
                proposedAt.toInstant(), rs.getLong("lock_version"));
    }

    /** A proposal row; {@code proposingOrganisationId} is the organisation the proposer acted for when proposing. */
    record Proposal(UUID id, UUID placementId, String placementTitle, UUID placementOrganisationId,
            UUID placementUnitId, UUID proposingOrganisationId, UUID participantId,
            ProposalStatus status, Integer score, String motivation, String reviewNote, DeclineReason declineReason,
            EndReason endReason, LocalDate startsOn, LocalDate endsOn, UUID supervisorId, String supervisorName,
            UUID supervisorUserId, boolean seatHeld, boolean slotHeld, String goals, String tasks, String hours,
            String followUp, Instant proposedAt, long lockVersion) {
    }
}
