package se.kompetenskedjan.placements.internal;

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
 * A placement ending within {@value #WITHIN_DAYS} days (or ended without being closed) while nothing comes after it:
 * no other place accepted or agreed for the participant.
 */
@Component
class PlacementCaseSignals implements CaseSignalSource {

    static final int WITHIN_DAYS = 14;

    private final JdbcClient jdbc;

    PlacementCaseSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT pr.participant_id, min(pr.ends_on) AS ends_on
                  FROM placement_proposal pr
                 WHERE pr.participant_id = ANY(:ids) AND pr.status = 'ACTIVE' AND pr.ends_on <= :until
                   AND NOT EXISTS (SELECT 1 FROM placement_proposal nx
                                    WHERE nx.participant_id = pr.participant_id AND nx.id <> pr.id
                                      AND nx.status IN ('ACCEPTED', 'AGREED'))
                 GROUP BY pr.participant_id
                """).param("ids", participantIds.toArray(UUID[]::new)).param("until", today.plusDays(WITHIN_DAYS))
                .query((rs, i) -> new CaseSignal(rs.getObject("participant_id", UUID.class),
                        CaseSignalKind.PLACEMENT_ENDING, rs.getObject("ends_on", LocalDate.class), 1))
                .list();
    }
}
