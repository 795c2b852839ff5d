package se.kompetenskedjan.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kompetenskedjan.notifications.OutboxStatus;

/** The outbox_message and mail_sink_message rows. */
@Repository
class OutboxStore {

    /** A message the dispatcher claimed, with what it needs to send it. */
    record Claimed(UUID id, UUID organisationId, UUID recipientUserId, String recipientAddress, String subject,
            String body, int attempts) {
    }

    /** A row of the admins' list, before the recipient's name is looked up. */
    record Row(UUID id, UUID recipientUserId, String recipientAddress, String subject, OutboxStatus status,
            int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
    }

    record SinkRow(UUID id, UUID messageId, String to, String subject, String body, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a message of the same cause is there already. */
    boolean insert(UUID id, UUID organisationId, UUID recipientUserId, String recipientAddress, String subject,
            String body, String cause, Instant now) {
        return jdbc.sql("""
                INSERT INTO outbox_message (id, organisation_id, recipient_user_id, recipient_address, subject, body,
                                            cause, status, attempts, next_attempt_at, created_at)
                VALUES (:id, :organisation, :user, :address, :subject, :body, :cause, 'PENDING', 0, :now, :now)
                ON CONFLICT (cause) WHERE cause IS NOT NULL DO NOTHING""")
                .param("id", id).param("organisation", organisationId).param("user", recipientUserId)
                .param("address", recipientAddress).param("subject", subject).param("body", body)
                .param("cause", cause).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Claims up to {@code limit} pending messages due at {@code asOf} for this dispatcher: rows another node holds
     * are skipped (SKIP LOCKED), and the claimed ones are not due again until {@code leaseUntil}, so that a node that
     * stops while sending leaves them to be tried again then rather than lost or sent twice at once.
     */
    List<Claimed> claim(Instant asOf, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE outbox_message SET next_attempt_at = :lease
                WHERE id IN (SELECT id FROM outbox_message
                             WHERE status = 'PENDING' AND next_attempt_at <= :asOf
                             ORDER BY next_attempt_at, id LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
                RETURNING id, organisation_id, recipient_user_id, recipient_address, subject, body, attempts""")
                .param("lease", Timestamp.from(leaseUntil)).param("asOf", Timestamp.from(asOf)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("recipient_user_id", UUID.class),
                        rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    void sent(UUID id, Instant at) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', attempts = attempts + 1, sent_at = :at, last_error = NULL
                WHERE id = :id AND status = 'PENDING'""").param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** A failed attempt: tried again at {@code next}, or dead when {@code next} is empty. */
    void failed(UUID id, String error, Optional<Instant> next) {
        jdbc.sql("""
                UPDATE outbox_message SET attempts = attempts + 1, last_error = :error,
                       status = CASE WHEN CAST(:dead AS boolean) THEN 'DEAD' ELSE 'PENDING' END,
                       next_attempt_at = COALESCE(CAST(:next AS timestamptz), next_attempt_at)
                WHERE id = :id AND status = 'PENDING'""")
                .param("id", id).param("error", error).param("dead", next.isEmpty())
                .param("next", next.map(Timestamp::from).orElse(null)).update();
    }

    /** A dead message pending again, due at {@code now}, with its attempts counted anew; false unless it was dead. */
    boolean revive(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'DEAD'""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = :id").param("id", id).query(OutboxStore::row)
                .optional();
    }

    Optional<UUID> organisationOf(UUID id) {
        return jdbc.sql("SELECT organisation_id FROM outbox_message WHERE id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("organisation_id", UUID.class))).optional()
                .flatMap(o -> o);
    }

    /** One status, newest first; of one organisation, or of all when {@code organisationId} is null. */
    List<Row> list(OutboxStatus status, UUID organisationId, int offset, int limit) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE status = :status"
                + (organisationId == null ? "" : " AND organisation_id = :organisation")
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("status", status.name()).param("organisation", organisationId).param("limit", limit)
                .param("offset", offset).query(OutboxStore::row).list();
    }

    long count(OutboxStatus status, UUID organisationId) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE status = :status"
                + (organisationId == null ? "" : " AND organisation_id = :organisation"))
                .param("status", status.name()).param("organisation", organisationId).query(Long.class).single();
    }

    void sink(UUID messageId, UUID organisationId, String to, String subject, String body, Instant at) {
        jdbc.sql("""
                INSERT INTO mail_sink_message (id, message_id, organisation_id, to_address, subject, body, delivered_at)
                VALUES (:id, :message, :organisation, :to, :subject, :body, :at)""")
                .param("id", UUID.randomUUID()).param("message", messageId).param("organisation", organisationId)
                .param("to", to).param("subject", subject).param("body", body).param("at", Timestamp.from(at))
                .update();
    }

    List<SinkRow> sinkRows(UUID organisationId, int offset, int limit) {
        return jdbc.sql("SELECT * FROM mail_sink_message"
                + (organisationId == null ? "" : " WHERE organisation_id = :organisation")
                + " ORDER BY delivered_at DESC, id LIMIT :limit OFFSET :offset")
                .param("organisation", organisationId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SinkRow(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
                        rs.getString("to_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("delivered_at").toInstant()))
                .list();
    }

    long sinkCount(UUID organisationId) {
        return jdbc.sql("SELECT count(*) FROM mail_sink_message"
                + (organisationId == null ? "" : " WHERE organisation_id = :organisation"))
                .param("organisation", organisationId).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("recipient_user_id", UUID.class),
                rs.getString("recipient_address"), rs.getString("subject"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
