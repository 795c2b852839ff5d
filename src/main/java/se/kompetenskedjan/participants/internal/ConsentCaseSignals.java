package se.kompetenskedjan.participants.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;

/**
 * A participant whose consents all run out within {@value #WITHIN_DAYS} days (the last one to run out decides): time
 * to ask for a new one before the chain loses the right to share their data.
 */
@Component
class ConsentCaseSignals implements CaseSignalSource {

    static final int WITHIN_DAYS = 30;

    private final JdbcClient jdbc;

    ConsentCaseSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT participant_id, max(valid_until) AS runs_out
                  FROM consent
                 WHERE participant_id = ANY(:ids) AND withdrawn_at IS NULL
                 GROUP BY participant_id
                HAVING max(valid_until) BETWEEN :today AND :until
                """).param("ids", participantIds.toArray(UUID[]::new)).param("today", today)
                .param("until", today.plusDays(WITHIN_DAYS))
                .query((rs, i) -> new CaseSignal(rs.getObject("participant_id", UUID.class),
                        CaseSignalKind.CONSENT_EXPIRING, rs.getObject("runs_out", LocalDate.class), 1))
                .list();
    }
}
