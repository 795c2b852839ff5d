package se.kompetenskedjan.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;

/**
 * The signed-in account with its organisation, read on every page and API request: one indexed query (on
 * lower(username) or oidc_subject) instead of loading two entities.
 */
@Component
class SignedInAccounts {

    /** An account as a request needs it: who it is, whether it may sign in, and from when its sessions are valid. */
    record SignedInAccount(CurrentUser user, boolean enabled, Instant sessionsValidFrom) {
    }

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.organisation_id, o.name, o.platform_host, a.role,
                   a.participant_id, a.enabled, a.sessions_valid_from
            FROM user_account a JOIN organisation o ON o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;

    SignedInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignedInAccount> byUsername(String username) {
        return jdbc.sql(SELECT + "WHERE lower(a.username) = lower(:key)").param("key", username)
                .query(SignedInAccounts::row).optional();
    }

    Optional<SignedInAccount> byOidcSubject(String subject) {
        return jdbc.sql(SELECT + "WHERE a.oidc_subject = :key").param("key", subject)
                .query(SignedInAccounts::row).optional();
    }

    private static SignedInAccount row(ResultSet rs, int rowNum) throws SQLException {
        UUID participantId = rs.getObject("participant_id", UUID.class);
        Timestamp validFrom = rs.getTimestamp("sessions_valid_from");
        CurrentUser user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("name"), rs.getBoolean("platform_host"), Role.valueOf(rs.getString("role")),
                participantId);
        return new SignedInAccount(user, rs.getBoolean("enabled"), validFrom == null ? null : validFrom.toInstant());
    }
}
