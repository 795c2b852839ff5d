package se.kompetenskedjan.participants.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.SupervisionEnded;
import se.kompetenskedjan.participants.SupervisionStarted;

/**
 * This module's copy of who supervises whom (table supervision), for the access rule and the participant's page.
 * The placements module owns the facts and publishes them; the copy follows after the change commits
 * (asynchronously, from the event publication registry, so a failed update is retried on restart). Both handlers
 * are idempotent upserts keyed by the supervision id, and give the same row in either order, as the two events of
 * a short supervision may be handled at the same time.
 */
@Component
class SupervisionReadModel {

    private final JdbcClient jdbc;

    SupervisionReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SupervisionStarted event) {
        jdbc.sql("""
                INSERT INTO supervision (id, participant_id, supervisor_id, unit_id, starts_on, ends_on)
                VALUES (:id, :participant, :supervisor, :unit, :startsOn, :endsOn)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", event.supervisionId()).param("participant", event.participantId())
                .param("supervisor", event.supervisorUserId()).param("unit", event.unitId())
                .param("startsOn", event.startsOn()).param("endsOn", event.endsOn())
                .update();
    }

    @ApplicationModuleListener
    void on(SupervisionEnded event) {
        jdbc.sql("""
                INSERT INTO supervision (id, participant_id, supervisor_id, unit_id, starts_on, ends_on)
                VALUES (:id, :participant, :supervisor, :unit, :startsOn, :lastDay)
                ON CONFLICT (id) DO UPDATE SET ends_on = excluded.ends_on
                WHERE supervision.ends_on IS NULL OR supervision.ends_on > excluded.ends_on""")
                .param("id", event.supervisionId()).param("participant", event.participantId())
                .param("supervisor", event.supervisorUserId()).param("unit", event.unitId())
                .param("startsOn", event.startsOn()).param("lastDay", event.lastDay())
                .update();
    }
}
