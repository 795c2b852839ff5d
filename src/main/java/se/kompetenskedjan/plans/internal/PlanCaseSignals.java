package se.kompetenskedjan.plans.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;

/**
 * Plans due for review within {@value #REVIEW_WITHIN_DAYS} days (or past it), and participants who have stood on a
 * step longer than its maximum (lock-in; a paused journey's clock is not counted as standing still).
 */
@Component
class PlanCaseSignals implements CaseSignalSource {

    static final int REVIEW_WITHIN_DAYS = 7;

    private final JdbcClient jdbc;
    private final TargetRequirements targets;

    PlanCaseSignals(JdbcClient jdbc, TargetRequirements targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = participantIds.toArray(UUID[]::new);
        List<CaseSignal> signals = new ArrayList<>(jdbc.sql("""
                SELECT p.participant_id, min(r.review_on) AS review_on, count(*) AS n
                  FROM plan p JOIN plan_revision r ON r.plan_id = p.id AND r.revision = p.current_revision
                 WHERE p.participant_id = ANY(:ids) AND r.review_on <= :until
                 GROUP BY p.participant_id
                """).param("ids", ids).param("until", today.plusDays(REVIEW_WITHIN_DAYS))
                .query((rs, i) -> new CaseSignal(rs.getObject("participant_id", UUID.class),
                        CaseSignalKind.PLAN_REVIEW_DUE, rs.getObject("review_on", LocalDate.class), rs.getInt("n")))
                .list());
        Map<UUID, Optional<TargetRequirements.LadderShape>> ladders = new HashMap<>();
        for (Standing standing : standings(ids)) {
            Integer max = ladders.computeIfAbsent(standing.ladderId(), targets::ladder)
                    .flatMap(ladder -> ladder.step(standing.stepId()))
                    .map(TargetRequirements.StepShape::maxWeeks).orElse(null);
            if (max != null && ChronoUnit.WEEKS.between(standing.since(), today) > max) {
                signals.add(new CaseSignal(standing.participantId(), CaseSignalKind.STEP_TIME_EXCEEDED,
                        standing.since().plusWeeks(max), 1));
            }
        }
        return signals;
    }

    /** Where each participant stands on their open journeys that are not paused, and since when. */
    private List<Standing> standings(UUID[] ids) {
        return jdbc.sql("""
                SELECT j.participant_id, j.ladder_id, s.to_step_id AS step_id, s.occurred_on AS since
                  FROM journey j
                  JOIN LATERAL (SELECT to_step_id, occurred_on FROM journey_event
                                 WHERE journey_id = j.id AND to_step_id IS NOT NULL
                                 ORDER BY occurred_on DESC, sequence DESC LIMIT 1) s ON true
                  LEFT JOIN LATERAL (SELECT type FROM journey_event
                                      WHERE journey_id = j.id AND type IN ('PAUSED', 'RESUMED')
                                      ORDER BY occurred_on DESC, sequence DESC LIMIT 1) p ON true
                 WHERE j.participant_id = ANY(:ids) AND j.ended_on IS NULL AND p.type IS DISTINCT FROM 'PAUSED'
                """).param("ids", ids).query(Standing.class).list();
    }

    record Standing(UUID participantId, UUID ladderId, UUID stepId, LocalDate since) {
    }
}
