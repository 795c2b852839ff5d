package se.kompetenskedjan.schedules.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.DayPart;
import se.kompetenskedjan.shared.ConflictException;

/** The work patterns, one row per placement (proposal), its version bumped on every change. */
@Repository
class WorkPatternRepository {

    record Row(UUID proposalId, UUID participantId, Set<DayOfWeek> weekdays, Alternation alternation,
            LocalDate anchorMonday, DayPart dayPart, LocalTime start, LocalTime end, long version) {
    }

    private final JdbcClient jdbc;

    WorkPatternRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID proposalId) {
        return jdbc.sql("SELECT * FROM schedules_work_pattern WHERE proposal_id = :id").param("id", proposalId)
                .query(WorkPatternRepository::row).optional();
    }

    List<Row> forProposals(Collection<UUID> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM schedules_work_pattern WHERE proposal_id IN (:ids) ORDER BY proposal_id")
                .param("ids", proposalIds).query(WorkPatternRepository::row).list();
    }

    /**
     * Inserts the pattern (version 1) or replaces it (version + 1); {@code expected} the version read when replacing
     * (null: any), else 409. Returns the new version.
     */
    long save(Row row, Long expected, UUID setBy, Instant at) {
        Optional<Long> version = jdbc.sql("""
                INSERT INTO schedules_work_pattern (proposal_id, participant_id, weekdays, alternation, anchor_monday,
                       day_part, start_time, end_time, set_by, set_at, version)
                VALUES (:proposal, :participant, :weekdays, :alternation, :anchor, :part, :start, :end, :by, :at, 1)
                ON CONFLICT (proposal_id) DO UPDATE SET weekdays = EXCLUDED.weekdays,
                       alternation = EXCLUDED.alternation, anchor_monday = EXCLUDED.anchor_monday,
                       day_part = EXCLUDED.day_part, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
                       set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at,
                       version = schedules_work_pattern.version + 1
                   WHERE CAST(:expected AS bigint) IS NULL OR schedules_work_pattern.version = CAST(:expected AS bigint)
                RETURNING version""")
                .param("proposal", row.proposalId()).param("participant", row.participantId())
                .param("weekdays", WorkPatternRules.stored(row.weekdays()))
                .param("alternation", row.alternation().name()).param("anchor", row.anchorMonday())
                .param("part", row.dayPart().name()).param("start", row.start()).param("end", row.end())
                .param("by", setBy).param("at", Timestamp.from(at)).param("expected", expected)
                .query(Long.class).optional();
        return version.orElseThrow(() -> new ConflictException("schedules.pattern.stale"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("proposal_id", UUID.class), rs.getObject("participant_id", UUID.class),
                WorkPatternRules.weekdays(rs.getString("weekdays")), Alternation.valueOf(rs.getString("alternation")),
                rs.getObject("anchor_monday", LocalDate.class), DayPart.valueOf(rs.getString("day_part")),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getLong("version"));
    }
}
