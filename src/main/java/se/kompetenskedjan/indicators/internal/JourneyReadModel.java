package se.kompetenskedjan.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.StatisticalFacts;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.JourneyEnrolled;
import se.kompetenskedjan.plans.JourneyOutcomeRecorded;
import se.kompetenskedjan.plans.JourneyPaused;
import se.kompetenskedjan.plans.JourneyResumed;
import se.kompetenskedjan.plans.JourneyStepEntered;

/**
 * The indicators' read model of the journeys (decision 93): every journey event is copied (idempotent by its natural
 * key), then the journey's row and stays are rebuilt from its copies under a lock on the journey, so that events
 * handled twice or out of order (the listeners run asynchronously) end in the same rows. At enrolment the
 * participant's statistical attributes are taken as they are then, and kept.
 */
@Component
class JourneyReadModel {

    private final JdbcClient jdbc;
    private final StatisticalFacts facts;

    JourneyReadModel(JdbcClient jdbc, StatisticalFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(JourneyEnrolled e) {
        lock(e.journeyId());
        copy(e.journeyId(), "ENROLLED", e.on(), e.stepId(), null, null, null);
        StatisticalFacts.Facts f = facts.of(List.of(e.participantId())).get(e.participantId());
        jdbc.sql("""
                INSERT INTO indicators_journey (journey_id, participant_id, organisation_id, ladder_id, enrolled_on,
                    returner, gender, age_band, referral_source, swedish_level, entry_status, education_level)
                VALUES (:journey, :participant, :organisation, :ladder, :on, :returning, :gender, :ageBand, :referral,
                    :swedish, :entryStatus, :education)
                ON CONFLICT (journey_id) DO NOTHING""")
                .param("journey", e.journeyId()).param("participant", e.participantId())
                .param("organisation", e.participantOrganisationId()).param("ladder", e.ladderId())
                .param("on", e.on()).param("returning", e.returning())
                .param("gender", f == null ? Breakdown.UNKNOWN : f.gender().name())
                .param("ageBand", AgeBand.of(f == null ? null : f.birthYear(), e.on().getYear()).name())
                .param("referral", f == null ? Breakdown.UNKNOWN : f.referralSource().name())
                .param("swedish", f == null ? Breakdown.UNKNOWN : f.swedishLevel().name())
                .param("entryStatus", f == null ? Breakdown.UNKNOWN : f.incomeSource().name())
                .param("education", f == null ? Breakdown.UNKNOWN : f.educationLevel().name())
                .update();
        rebuild(e.journeyId());
    }

    @ApplicationModuleListener
    void on(JourneyStepEntered e) {
        handle(e.journeyId(), "STEP_ENTERED", e.on(), e.stepId(), null, null, null);
    }

    @ApplicationModuleListener
    void on(JourneyPaused e) {
        handle(e.journeyId(), "PAUSED", e.on(), null, null, null, null);
    }

    @ApplicationModuleListener
    void on(JourneyResumed e) {
        handle(e.journeyId(), "RESUMED", e.on(), null, null, null, null);
    }

    @ApplicationModuleListener
    void on(JourneyEnded e) {
        handle(e.journeyId(), "ENDED", e.on(), null, e.completed(),
                e.dropoutReason() == null ? null : e.dropoutReason().name(), null);
    }

    @ApplicationModuleListener
    void on(JourneyOutcomeRecorded e) {
        handle(e.journeyId(), "OUTCOME", e.on(), null, null, null, e.outcome().name());
    }

    private void handle(UUID journey, String type, LocalDate on, UUID step, Boolean completed, String dropout,
            String outcome) {
        lock(journey);
        copy(journey, type, on, step, completed, dropout, outcome);
        rebuild(journey);
    }

    /** This module's key space for advisory locks (two-key locks never meet the one-key locks others take). */
    private static final int LOCKS = 0x4B4B4931;

    /** Serialises the handlers of one journey until their transactions end. */
    private void lock(UUID journey) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:space, :key)) AS l")
                .param("space", LOCKS).param("key", journey.hashCode())
                .query(Integer.class).single();
    }

    private void copy(UUID journey, String type, LocalDate on, UUID step, Boolean completed, String dropout,
            String outcome) {
        jdbc.sql("""
                INSERT INTO indicators_journey_event (journey_id, type, occurred_on, step_id, completed, dropout_reason,
                    outcome)
                VALUES (:journey, :type, :on, :step, :completed, :dropout, :outcome) ON CONFLICT DO NOTHING""")
                .param("journey", journey).param("type", type).param("on", on).param("step", step)
                .param("completed", completed).param("dropout", dropout).param("outcome", outcome).update();
    }

    private record Copy(String type, LocalDate on, UUID step, Boolean completed, String dropout, String outcome) {
    }

    private record Stay(UUID step, LocalDate entered, LocalDate left, UUID leftTo, String leftBy) {
    }

    /** The journey's row and stays from its copied events; nothing before the enrolment has been copied. */
    private void rebuild(UUID journey) {
        Optional<UUID> organisation = jdbc.sql("SELECT organisation_id FROM indicators_journey WHERE journey_id = :j")
                .param("j", journey).query(UUID.class).optional();
        if (organisation.isEmpty()) {
            return;
        }
        List<Copy> events = jdbc.sql("""
                SELECT type, occurred_on, step_id, completed, dropout_reason, outcome FROM indicators_journey_event
                WHERE journey_id = :j
                ORDER BY occurred_on, CASE type WHEN 'ENROLLED' THEN 0 WHEN 'ENDED' THEN 2 WHEN 'OUTCOME' THEN 3
                                                ELSE 1 END, seq""")
                .param("j", journey)
                .query((rs, n) -> new Copy(rs.getString("type"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getObject("step_id", UUID.class), rs.getObject("completed", Boolean.class),
                        rs.getString("dropout_reason"), rs.getString("outcome")))
                .list();
        List<Stay> stays = new ArrayList<>();
        LocalDate endedOn = null;
        Boolean completed = null;
        String dropout = null;
        String outcome = null;
        LocalDate outcomeOn = null;
        for (Copy e : events) {
            switch (e.type()) {
                case "ENROLLED", "STEP_ENTERED" -> {
                    close(stays, e.on(), e.step(), "STEP");
                    stays.add(new Stay(e.step(), e.on(), null, null, null));
                }
                case "ENDED" -> {
                    close(stays, e.on(), null, Boolean.TRUE.equals(e.completed()) ? "COMPLETED" : "ENDED_EARLY");
                    endedOn = e.on();
                    completed = e.completed();
                    dropout = e.dropout();
                }
                case "OUTCOME" -> {
                    outcome = e.outcome();
                    outcomeOn = e.on();
                }
                default -> {
                    // A pause keeps the participant on their step.
                }
            }
        }
        jdbc.sql("""
                UPDATE indicators_journey SET ended_on = :ended, completed = :completed, dropout_reason = :dropout,
                    outcome = :outcome, outcome_on = :outcomeOn WHERE journey_id = :j""")
                .param("ended", endedOn).param("completed", completed).param("dropout", dropout)
                .param("outcome", outcome).param("outcomeOn", outcomeOn).param("j", journey).update();
        jdbc.sql("DELETE FROM indicators_stay WHERE journey_id = :j").param("j", journey).update();
        for (int i = 0; i < stays.size(); i++) {
            Stay s = stays.get(i);
            jdbc.sql("""
                    INSERT INTO indicators_stay (journey_id, position, organisation_id, step_id, entered_on, left_on,
                        left_to, left_by)
                    VALUES (:j, :position, :organisation, :step, :entered, :left, :leftTo, :leftBy)""")
                    .param("j", journey).param("position", i).param("organisation", organisation.get())
                    .param("step", s.step()).param("entered", s.entered()).param("left", s.left())
                    .param("leftTo", s.leftTo()).param("leftBy", s.leftBy()).update();
        }
    }

    private static void close(List<Stay> stays, LocalDate on, UUID to, String by) {
        if (!stays.isEmpty() && stays.get(stays.size() - 1).left() == null) {
            Stay open = stays.remove(stays.size() - 1);
            stays.add(new Stay(open.step(), open.entered(), on, to, by));
        }
    }
}
