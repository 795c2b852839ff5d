package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.PlacementWork;
import se.kompetenskedjan.placements.ProposalStatus;

@Component
@Transactional(readOnly = true)
class PlacementWorkQueries implements PlacementWork {

    private static final String COLUMNS = """
            SELECT pr.id, pr.placement_id, pr.participant_id, p.organisation_id, pr.status, p.schedule::text AS slots,
                   COALESCE(pr.starts_on, p.starts_on) AS starts, COALESCE(pr.ends_on, p.ends_on) AS ends
            FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id""";

    private final JdbcClient jdbc;
    private final ProposalRepository proposals;
    private final PlacementAccessPolicy policy;
    private final CurrentUsers currentUsers;
    private final ParticipantRegister register;

    PlacementWorkQueries(JdbcClient jdbc, ProposalRepository proposals, PlacementAccessPolicy policy,
            CurrentUsers currentUsers, ParticipantRegister register) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.policy = policy;
        this.currentUsers = currentUsers;
        this.register = register;
    }

    @Override
    public Optional<WorkPlacement> placement(UUID proposalId) {
        return jdbc.sql(COLUMNS + " WHERE pr.id = :id").param("id", proposalId).query(PlacementWorkQueries::row)
                .optional();
    }

    @Override
    public List<WorkPlacement> ofParticipant(UUID participantId) {
        return jdbc.sql(COLUMNS + """
                 WHERE pr.participant_id = :participant AND pr.status IN ('ACCEPTED', 'AGREED', 'ACTIVE')
                ORDER BY starts DESC, pr.id LIMIT 50""").param("participant", participantId)
                .query(PlacementWorkQueries::row).list();
    }

    @Override
    public List<WorkPlacement> supervisedBy(UUID supervisorUserId, LocalDate on) {
        return jdbc.sql(COLUMNS + """
                 WHERE pr.status = 'ACTIVE' AND pr.id IN (SELECT sa.proposal_id FROM supervision_assignment sa
                       WHERE sa.supervisor_user_id = :user AND sa.proposal_id IS NOT NULL AND sa.starts_on <= :on
                         AND (sa.ends_on IS NULL OR sa.ends_on >= :on))
                ORDER BY starts, pr.id LIMIT 200""").param("user", supervisorUserId).param("on", on)
                .query(PlacementWorkQueries::row).list();
    }

    @Override
    public boolean mayArrangeWork(UUID proposalId) {
        var user = currentUsers.current();
        Proposal proposal = proposals.find(new ProposalId(proposalId)).orElse(null);
        if (proposal == null) {
            return false;
        }
        ParticipantAccess access = register.requireRead(proposal.participantId());
        return policy.isProposingSide(user, proposal, access) || policy.isHostSide(user, proposal);
    }

    private static WorkPlacement row(ResultSet rs, int n) throws SQLException {
        return new WorkPlacement(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "placement_id"),
                PlacementRows.uuid(rs, "participant_id"), PlacementRows.uuid(rs, "organisation_id"),
                ProposalStatus.valueOf(rs.getString("status")), PlacementRows.date(rs, "starts"),
                PlacementRows.date(rs, "ends"), PlacementRows.schedule(rs.getString("slots")));
    }
}
