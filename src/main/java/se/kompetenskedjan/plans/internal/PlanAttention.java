package se.kompetenskedjan.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The participant's Min sida: a plan waiting for their yes, and their next steps — the plan's activities still to do
 * that are due within {@value #SOON_DAYS} days or past their date. All of it is on Min trappa.
 */
@Component
class PlanAttention implements AttentionSource {

    static final int SOON_DAYS = 7;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PlanAttention(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.PARTICIPANT) || user.participantId() == null) {
            return List.of();
        }
        LocalDate today = SwedishTime.today(clock);
        return jdbc.sql("""
                SELECT count(DISTINCT p.id) FILTER (WHERE r.agreed_at IS NULL) AS awaiting,
                       count(a.activity) FILTER (WHERE (a.activity ->> 'dueOn')::date < :today) AS late,
                       count(a.activity) FILTER (WHERE (a.activity ->> 'dueOn')::date >= :today) AS soon
                  FROM plan p
                  JOIN plan_revision r ON r.plan_id = p.id AND r.revision = p.current_revision
                  LEFT JOIN LATERAL jsonb_array_elements(r.content -> 'activities') AS a(activity)
                         ON a.activity ->> 'status' NOT IN ('DONE', 'CANCELLED')
                        AND (a.activity ->> 'dueOn')::date <= :soon
                 WHERE p.participant_id = :me
                """).param("me", user.participantId()).param("today", today)
                .param("soon", today.plusDays(SOON_DAYS))
                .query((rs, i) -> List.of(
                        new Attention("attention.plan.awaitingYes", rs.getLong("awaiting"), Urgency.WAITING,
                                "/min-trappa"),
                        new Attention("attention.plan.activitiesLate", rs.getLong("late"), Urgency.OVERDUE,
                                "/min-trappa"),
                        new Attention("attention.plan.activitiesSoon", rs.getLong("soon"), Urgency.SOON,
                                "/min-trappa")))
                .single();
    }
}
