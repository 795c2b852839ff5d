package se.kompetenskedjan.checklists.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/**
 * The supervisor's and coordinator's start page: assessments they began and have not signed (a draft counts for
 * nothing in the gap analysis until it is signed). The line opens the oldest one.
 */
@Component
class AssessmentAttention implements AttentionSource {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    AssessmentAttention(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.SUPERVISOR, Role.COORDINATOR)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT count(*) OVER () AS drafts, id FROM assessment
                 WHERE assessor_id = :me AND status = 'DRAFT'
                 ORDER BY assessed_on, created_at, id LIMIT 1""")
                .param("me", user.id().value())
                .query((rs, i) -> new Attention("attention.assessments.drafts", rs.getLong("drafts"), Urgency.WAITING,
                        "/bedomningar/" + rs.getObject("id", UUID.class)))
                .list();
    }
}
