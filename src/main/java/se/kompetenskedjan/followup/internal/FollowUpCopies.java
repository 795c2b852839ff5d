package se.kompetenskedjan.followup.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.SupervisionEnded;
import se.kompetenskedjan.participants.SupervisionStarted;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.JourneyEnrolled;
import se.kompetenskedjan.plans.JourneyOutcomeRecorded;
import se.kompetenskedjan.plans.JourneyPaused;
import se.kompetenskedjan.plans.JourneyResumed;
import se.kompetenskedjan.plans.JourneyStepEntered;

/**
 * This module's copies of the journeys' dated events and of who supervises whom, for the missed-check-in rule over
 * many participants at once and the supervisor's list. They follow the owners' events after commit (retried from the
 * event publication registry); every handler is idempotent.
 */
@Component
class FollowUpCopies {

    private final JdbcClient jdbc;

    FollowUpCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(JourneyEnrolled e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "ENROLLED", e.on(), e.stepId(), null);
    }

    @ApplicationModuleListener
    void on(JourneyStepEntered e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "STEP_ENTERED", e.on(), e.stepId(), null);
    }

    @ApplicationModuleListener
    void on(JourneyPaused e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "PAUSED", e.on(), null, null);
    }

    @ApplicationModuleListener
    void on(JourneyResumed e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "RESUMED", e.on(), null, null);
    }

    @ApplicationModuleListener
    void on(JourneyEnded e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "ENDED", e.on(), null, null);
    }

    @ApplicationModuleListener
    void on(JourneyOutcomeRecorded e) {
        journeyEvent(e.journeyId(), e.participantId(), e.ladderId(), "OUTCOME", e.on(), null, e.outcome().name());
    }

    @ApplicationModuleListener
    void on(SupervisionStarted e) {
        jdbc.sql("""
                INSERT INTO followup_supervision (id, participant_id, supervisor_id, starts_on, ends_on)
                VALUES (:id, :participant, :supervisor, :startsOn, :endsOn) ON CONFLICT (id) DO NOTHING""")
                .param("id", e.supervisionId()).param("participant", e.participantId())
                .param("supervisor", e.supervisorUserId()).param("startsOn", e.startsOn()).param("endsOn", e.endsOn())
                .update();
    }

    @ApplicationModuleListener
    void on(SupervisionEnded e) {
        jdbc.sql("""
                INSERT INTO followup_supervision (id, participant_id, supervisor_id, starts_on, ends_on)
                VALUES (:id, :participant, :supervisor, :startsOn, :lastDay)
                ON CONFLICT (id) DO UPDATE SET ends_on = excluded.ends_on
                WHERE followup_supervision.ends_on IS NULL OR followup_supervision.ends_on > excluded.ends_on""")
                .param("id", e.supervisionId()).param("participant", e.participantId())
                .param("supervisor", e.supervisorUserId()).param("startsOn", e.startsOn()).param("lastDay", e.lastDay())
                .update();
    }

    private void journeyEvent(UUID journey, UUID participant, UUID ladder, String type, LocalDate on, UUID step,
            String outcome) {
        jdbc.sql("""
                INSERT INTO followup_journey_event (journey_id, participant_id, ladder_id, type, occurred_on, step_id, outcome)
                VALUES (:journey, :participant, :ladder, :type, :on, :step, :outcome) ON CONFLICT DO NOTHING""")
                .param("journey", journey).param("participant", participant).param("ladder", ladder)
                .param("type", type).param("on", on).param("step", step).param("outcome", outcome).update();
    }
}
