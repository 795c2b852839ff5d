package se.kompetenskedjan.placements.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The seat history of places (decision 97): after every change of a place, in the changing transaction, a row with
 * its seats and status from today on, unless they are what the latest row already says. The change has locked the
 * place's row, so two changes of one place add their rows in the order they committed.
 */
@Component
class SeatHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    SeatHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID placementId, UUID recordedBy) {
        jdbc.sql("""
                INSERT INTO placement_seats_history (placement_id, organisation_id, valid_from, seats, status,
                                                     recorded_by, recorded_at)
                SELECT p.id, p.organisation_id, :today, p.seats, p.status, :by, :now
                  FROM placement p
                 WHERE p.id = :id
                   AND NOT EXISTS (SELECT 1 FROM (SELECT h.seats, h.status FROM placement_seats_history h
                                                   WHERE h.placement_id = p.id ORDER BY h.id DESC LIMIT 1) latest
                                    WHERE latest.seats = p.seats AND latest.status = p.status)""")
                .param("id", placementId).param("by", recordedBy).param("today", SwedishTime.today(clock))
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
