package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.EndReason;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * Loads and saves {@link Proposal}s: the proposal row (changed only at the lock version the client read, else 409),
 * its approvals and its history. The place's title, organisation and unit and the supervisor's name come with it.
 */
@Repository
class ProposalRepository {

    static final String SELECT = """
            SELECT pr.*, p.title AS placement_title, p.organisation_id AS placement_organisation_id,
                   p.unit_id AS placement_unit_id, s.name AS supervisor_name, s.user_id AS supervisor_user_id
            FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id
            LEFT JOIN supervisor s ON s.id = pr.supervisor_id""";

    /** Who acts, as the history names them. */
    record Actor(UUID id, String name) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Proposal get(ProposalId id) {
        return find(id).orElseThrow(() -> new NotFoundException("proposal.unknown"));
    }

    Optional<Proposal> find(ProposalId id) {
        return list("pr.id = :key", Map.of("key", id.value())).stream().findFirst();
    }

    /** The proposals matching {@code where} over pr (proposal) and p (place), with their approvals. */
    List<Proposal> list(String where, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + where).params(params).query(ProposalRepository::row).list();
        return withApprovals(rows);
    }

    /** As {@link #list}, with an ORDER BY / LIMIT tail. */
    List<Proposal> list(String where, String tail, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + where + " " + tail).params(params)
                .query(ProposalRepository::row).list();
        return withApprovals(rows);
    }

    /**
     * Saves what the transitions changed: a new proposal is inserted (a second proposal of the participant for the
     * place is 409); a changed row is updated only at {@code expectedLock} (409 if someone saved first); approvals
     * are removed or added (an approval recorded meanwhile is 409); history lines are written with the actor.
     */
    void save(Proposal proposal, Long expectedLock, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        if (proposal.isNew()) {
            try {
                jdbc.sql("""
                        INSERT INTO placement_proposal (id, placement_id, participant_id, status, score, motivation,
                                                        proposed_by, proposing_organisation_id, proposed_at, updated_at)
                        VALUES (:id, :placement, :participant, :status, :score, :motivation, :by, :proposingOrganisation,
                                :now, :now)""")
                        .param("id", proposal.id().value()).param("now", now).param("placement", proposal.placementId())
                        .param("participant", proposal.participantId()).param("status", proposal.status().name())
                        .param("score", proposal.score()).param("motivation", proposal.motivation())
                        .param("by", actor.id()).param("proposingOrganisation", proposal.proposingOrganisationId())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ConflictException("proposal.duplicate");
            }
        } else if (proposal.changed()) {
            int updated = jdbc.sql("""
                    UPDATE placement_proposal SET status = :status, review_note = :note, decline_reason = :decline,
                        end_reason = :end, starts_on = :starts, ends_on = :ends, supervisor_id = :supervisor,
                        seat_held = :seat, slot_held = :slot, goals = :goals, tasks = :tasks, hours = :hours,
                        follow_up = :followUp, updated_at = :now, lock_version = lock_version + 1
                    WHERE id = :id AND lock_version = :lock""")
                    .param("status", proposal.status().name()).param("note", proposal.reviewNote())
                    .param("decline", proposal.declineReason() == null ? null : proposal.declineReason().name())
                    .param("end", proposal.endReason() == null ? null : proposal.endReason().name())
                    .param("starts", proposal.startsOn()).param("ends", proposal.endsOn())
                    .param("supervisor", proposal.supervisorId()).param("seat", proposal.seatHeld())
                    .param("slot", proposal.slotHeld()).param("goals", proposal.goals())
                    .param("tasks", proposal.tasks()).param("hours", proposal.hours())
                    .param("followUp", proposal.followUp()).param("id", proposal.id().value()).param("now", now)
                    .param("lock", expectedLock == null ? proposal.lockVersion() : expectedLock).update();
            if (updated == 0) {
                throw new ConflictException("proposal.stale");
            }
        }
        if (proposal.approvalsCleared()) {
            jdbc.sql("DELETE FROM placement_agreement_approval WHERE proposal_id = :id")
                    .param("id", proposal.id().value()).update();
        }
        for (Proposal.NewApproval approval : proposal.newApprovals()) {
            int inserted = jdbc.sql("""
                    INSERT INTO placement_agreement_approval (proposal_id, party, approved_by, approved_by_name, in_meeting,
                                                              approved_at)
                    VALUES (:id, :party, :by, :name, :meeting, :now) ON CONFLICT DO NOTHING""")
                    .param("id", proposal.id().value()).param("now", now).param("party", approval.party().name())
                    .param("by", approval.approvedBy()).param("name", approval.approvedByName())
                    .param("meeting", approval.inMeeting()).update();
            if (inserted == 0) {
                throw new ConflictException("agreement.alreadyApproved");
            }
        }
        for (Proposal.HistoryLine line : proposal.history()) {
            jdbc.sql("""
                    INSERT INTO placement_proposal_event (id, proposal_id, status, note, actor_id, actor_name,
                                                          occurred_at)
                    VALUES (:id, :proposal, :status, :note, :actor, :name, :now)""")
                    .param("id", UUID.randomUUID()).param("now", now).param("proposal", proposal.id().value())
                    .param("status", line.status().name()).param("note", line.note()).param("actor", actor.id())
                    .param("name", actor.name()).update();
        }
        proposal.saved();
    }

    private List<Proposal> withApprovals(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProposalView.Approval>> approvals = new HashMap<>();
        jdbc.sql("""
                SELECT proposal_id, party, approved_by_name, in_meeting, approved_at FROM placement_agreement_approval
                WHERE proposal_id IN (:ids) ORDER BY approved_at""").param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(PlacementRows.uuid(rs, "proposal_id"), new ProposalView.Approval(
                        AgreementParty.valueOf(rs.getString("party")), rs.getString("approved_by_name"),
                        rs.getBoolean("in_meeting"), rs.getTimestamp("approved_at").toInstant())))
                .list().forEach(e -> approvals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> r.toProposal(approvals.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Row(UUID id, ResultSetValues values) {

        Proposal toProposal(List<ProposalView.Approval> approvals) {
            ResultSetValues v = values;
            return new Proposal(new ProposalId(id), v.placementId, v.placementTitle, v.placementOrganisationId,
                    v.placementUnitId, v.proposingOrganisationId, v.participantId, v.status, v.score, v.motivation,
                    v.reviewNote, v.declineReason, v.endReason, v.startsOn, v.endsOn, v.supervisorId,
                    v.supervisorName, v.supervisorUserId, v.seatHeld, v.slotHeld, v.goals, v.tasks, v.hours,
                    v.followUp, approvals, v.proposedAt, v.lockVersion);
        }
    }

    private record ResultSetValues(UUID placementId, String placementTitle, UUID placementOrganisationId,
            UUID placementUnitId, UUID proposingOrganisationId, UUID participantId, ProposalStatus status,
            Integer score, String motivation, String reviewNote, DeclineReason declineReason, EndReason endReason,
            java.time.LocalDate startsOn, java.time.LocalDate endsOn, UUID supervisorId, String supervisorName,
            UUID supervisorUserId, boolean seatHeld, boolean slotHeld, String goals, String tasks, String hours,
            String followUp, java.time.Instant proposedAt, long lockVersion) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String decline = rs.getString("decline_reason");
        String end = rs.getString("end_reason");
        return new Row(PlacementRows.uuid(rs, "id"), new ResultSetValues(PlacementRows.uuid(rs, "placement_id"),
                rs.getString("placement_title"), PlacementRows.uuid(rs, "placement_organisation_id"),
                PlacementRows.uuid(rs, "placement_unit_id"), PlacementRows.uuid(rs, "proposing_organisation_id"),
                PlacementRows.uuid(rs, "participant_id"), ProposalStatus.valueOf(rs.getString("status")),
                PlacementRows.intOrNull(rs, "score"), rs.getString("motivation"), rs.getString("review_note"),
                decline == null ? null : DeclineReason.valueOf(decline), end == null ? null : EndReason.valueOf(end),
                PlacementRows.date(rs, "starts_on"), PlacementRows.date(rs, "ends_on"),
                PlacementRows.uuid(rs, "supervisor_id"), rs.getString("supervisor_name"),
                PlacementRows.uuid(rs, "supervisor_user_id"), rs.getBoolean("seat_held"), rs.getBoolean("slot_held"),
                rs.getString("goals"), rs.getString("tasks"), rs.getString("hours"), rs.getString("follow_up"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getLong("lock_version")));
    }

    /** The supervisor of the inventory the start is agreed with, if there is one by that id. */
    Optional<Proposal.Supervisor> supervisor(UUID supervisorId) {
        return jdbc.sql("SELECT id, unit_id, user_id, name FROM supervisor WHERE id = :id").param("id", supervisorId)
                .query((rs, n) -> new Proposal.Supervisor(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "unit_id"),
                        PlacementRows.uuid(rs, "user_id"), rs.getString("name")))
                .optional();
    }
}
