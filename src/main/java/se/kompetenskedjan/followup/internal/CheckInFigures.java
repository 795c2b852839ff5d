package se.kompetenskedjan.followup.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.HeadlineFigure;
import se.kompetenskedjan.shared.HeadlineFigureSource;

/**
 * The analyst's headline figures from follow-up, over the last {@value #DAYS} days: participants of their
 * organisation who answered a check-in, and those about whom a supervisor answered one.
 */
@Component
class CheckInFigures implements HeadlineFigureSource {

    static final int DAYS = 28;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CheckInFigures(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeadlineFigure> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ANALYST)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT count(DISTINCT participant_id) FILTER (WHERE audience = 'PARTICIPANT') AS by_participants,
                       count(DISTINCT participant_id) FILTER (WHERE audience = 'SUPERVISOR') AS by_supervisors
                  FROM followup_checkin
                 WHERE organisation_id = :org AND answered_at > :since
                """).param("org", user.organisationId().value())
                .param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(DAYS))))
                .query((rs, i) -> List.of(
                        new HeadlineFigure("figure.checkins.byParticipants", rs.getLong("by_participants")),
                        new HeadlineFigure("figure.checkins.bySupervisors", rs.getLong("by_supervisors"))))
                .single();
    }
}
