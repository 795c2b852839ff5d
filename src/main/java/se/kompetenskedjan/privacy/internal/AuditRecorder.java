package se.kompetenskedjan.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.PersonalDataAccessed;

/**
 * Appends audit entries synchronously inside the caller's transaction: if the entry cannot be written, the read or
 * write it records fails too. Plain SQL, one row per participant, no entity state to keep.
 */
@Component
class AuditRecorder {

    private static final String INSERT = """
            INSERT INTO audit_entry (actor_id, actor_name, actor_organisation_id, actor_organisation_name,
                                     action, participant_id, participant_organisation_id, purpose, detail, occurred_at)
            VALUES (:actorId, :actorName, :actorOrg, :actorOrgName, :action, :participantId, :participantOrg,
                    :purpose, :detail, :occurredAt)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditRecorder(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row per participant, sent as one batch: a list of a thousand rows is one round trip, not a thousand. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(PersonalDataAccessed event) {
        PersonalDataAccessed.Actor actor = event.actor();
        Timestamp occurredAt = Timestamp.from(clock.instant());
        SqlParameterSource[] rows = event.subjects().stream().map(subject -> new MapSqlParameterSource()
                .addValue("actorId", actor.userId())
                .addValue("actorName", actor.name())
                .addValue("actorOrg", actor.organisationId())
                .addValue("actorOrgName", actor.organisationName())
                .addValue("action", event.action().name())
                .addValue("participantId", subject.participantId())
                .addValue("participantOrg", subject.participantOrganisationId())
                .addValue("purpose", subject.purpose())
                .addValue("detail", event.detail())
                .addValue("occurredAt", occurredAt)).toArray(SqlParameterSource[]::new);
        if (rows.length > 0) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }
}
