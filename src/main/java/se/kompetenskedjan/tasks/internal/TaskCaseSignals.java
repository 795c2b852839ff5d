package se.kompetenskedjan.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;

/** Open tasks about a participant past their due date: the earliest date and how many. */
@Component
class TaskCaseSignals implements CaseSignalSource {

    private final JdbcClient jdbc;

    TaskCaseSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT participant_id, min(due_date) AS due_on, count(*) AS n
                  FROM task
                 WHERE participant_id = ANY(:ids) AND status = 'OPEN' AND due_date < :today
                 GROUP BY participant_id
                """).param("ids", participantIds.toArray(UUID[]::new)).param("today", today)
                .query((rs, i) -> new CaseSignal(rs.getObject("participant_id", UUID.class),
                        CaseSignalKind.OVERDUE_ACTION, rs.getObject("due_on", LocalDate.class), rs.getInt("n")))
                .list();
    }
}
