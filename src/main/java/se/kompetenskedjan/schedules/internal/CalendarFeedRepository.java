package se.kompetenskedjan.schedules.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kompetenskedjan.schedules.FeedKind;

/** The feed links: the SHA-256 of each token, one in force per user. */
@Repository
class CalendarFeedRepository {

    record Feed(UUID id, UUID ownerUserId, FeedKind kind, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Feed> inForce(UUID ownerUserId) {
        return jdbc.sql("""
                SELECT id, owner_user_id, kind, created_at FROM schedules_calendar_feed
                WHERE owner_user_id = :owner AND revoked_at IS NULL""").param("owner", ownerUserId)
                .query((rs, n) -> feed(rs)).optional();
    }

    Optional<Feed> byToken(byte[] sha256) {
        return jdbc.sql("""
                SELECT id, owner_user_id, kind, created_at FROM schedules_calendar_feed
                WHERE token_sha256 = :hash AND revoked_at IS NULL""").param("hash", sha256)
                .query((rs, n) -> feed(rs)).optional();
    }

    void revokeAll(UUID ownerUserId, Instant at) {
        jdbc.sql("UPDATE schedules_calendar_feed SET revoked_at = :at WHERE owner_user_id = :owner AND revoked_at IS NULL")
                .param("at", Timestamp.from(at)).param("owner", ownerUserId).update();
    }

    void insert(UUID ownerUserId, FeedKind kind, byte[] sha256, Instant at) {
        jdbc.sql("""
                INSERT INTO schedules_calendar_feed (id, owner_user_id, kind, token_sha256, created_at)
                VALUES (:id, :owner, :kind, :hash, :at)""")
                .param("id", UUID.randomUUID()).param("owner", ownerUserId).param("kind", kind.name())
                .param("hash", sha256).param("at", Timestamp.from(at)).update();
    }

    private static Feed feed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Feed(rs.getObject("id", UUID.class), rs.getObject("owner_user_id", UUID.class),
                FeedKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant());
    }
}
