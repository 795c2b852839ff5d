package se.kompetenskedjan.followup.internal;

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
 * The supervisor's start page: the participants they supervise today whose check-in for this period they owe. The
 * participant's Min sida: their own check-in for this period, when a rule makes one due.
 */
@Component
class CheckInAttention implements AttentionSource {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final CheckInService checkIns;

    CheckInAttention(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock, CheckInService checkIns) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.checkIns = checkIns;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (user.is(Role.PARTICIPANT) && user.participantId() != null) {
            return List.of(new Attention("attention.checkins.mine", checkIns.owedByParticipant(user.participantId())
                    ? 1 : 0, Urgency.WAITING, "/min-sida/avstamning"));
        }
        if (!user.is(Role.SUPERVISOR)) {
            return List.of();
        }
        LocalDate today = SwedishTime.today(clock);
        long owed = jdbc.sql("""
                SELECT count(DISTINCT s.participant_id) FROM followup_supervision s
                 WHERE s.supervisor_id = :me AND s.starts_on <= :today AND (s.ends_on IS NULL OR s.ends_on >= :today)
                   AND NOT EXISTS (SELECT 1 FROM followup_checkin c
                                    WHERE c.participant_id = s.participant_id AND c.answered_by = :me
                                      AND c.audience = 'SUPERVISOR' AND c.period_start <= :today
                                      AND c.period_end >= :today)
                """).param("me", user.id().value()).param("today", today).query(Long.class).single();
        return List.of(new Attention("attention.checkins.owed", owed, Urgency.WAITING, "/avstamningar/mina-deltagare"));
    }
}
