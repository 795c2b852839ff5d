package se.kompetenskedjan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.plans.JourneyEventType.ADVANCED;
import static se.kompetenskedjan.plans.JourneyEventType.COMPLETED;
import static se.kompetenskedjan.plans.JourneyEventType.ENDED_EARLY;
import static se.kompetenskedjan.plans.JourneyEventType.ENROLLED;
import static se.kompetenskedjan.plans.JourneyEventType.OUTCOME;
import static se.kompetenskedjan.plans.JourneyEventType.PAUSED;
import static se.kompetenskedjan.plans.JourneyEventType.RESUMED;
import static se.kompetenskedjan.plans.JourneyEventType.RETURNED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyStatus;

class JourneyTimelineTests {

    static final UUID INTRODUCTION = UUID.randomUUID();
    static final UUID SHADOWING = UUID.randomUUID();
    static final UUID SUBSIDISED = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2026, 1, 12);

    final List<JourneyTimeline.Event> events = new ArrayList<>();

    JourneyTimeline add(JourneyEventType type, int day, UUID step) {
        events.add(new JourneyTimeline.Event(START.plusDays(day), events.size(), type, step));
        return new JourneyTimeline(events);
    }

    @Test
    void theCurrentStepIsTheLastStepEntered() {
        add(ENROLLED, 0, INTRODUCTION);
        add(ADVANCED, 28, SHADOWING);
        JourneyTimeline.State state = add(ADVANCED, 90, SUBSIDISED).state();

        assertThat(state.currentStep()).isEqualTo(SUBSIDISED);
        assertThat(state.status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(state.since()).isEqualTo(START.plusDays(90));
        assertThat(state.stays()).extracting(JourneyTimeline.Stay::step).containsExactly(INTRODUCTION, SHADOWING, SUBSIDISED);
        assertThat(state.stays().get(1).weeks(START.plusDays(200))).isEqualTo(8);
        assertThat(state.stays().get(2).until()).isNull();
    }

    @Test
    void eventsOnTheSameDayKeepTheirOrderAndLaterRecordedEarlierDatesSortFirst() {
        events.add(new JourneyTimeline.Event(START.plusDays(10), 2, ADVANCED, SHADOWING));
        events.add(new JourneyTimeline.Event(START, 1, ENROLLED, INTRODUCTION));
        assertThat(new JourneyTimeline(events).state().currentStep()).isEqualTo(SHADOWING);
    }

    @Test
    void pauseResumeReturnEndAndOutcome() {
        add(ENROLLED, 0, INTRODUCTION);
        add(ADVANCED, 14, SHADOWING);
        assertThat(add(PAUSED, 20, null).state().status()).isEqualTo(JourneyStatus.PAUSED);
        assertThat(add(RESUMED, 30, null).state().status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(add(RETURNED, 35, INTRODUCTION).state().currentStep()).isEqualTo(INTRODUCTION);
        JourneyTimeline.State ended = add(ENDED_EARLY, 40, null).state();
        assertThat(ended.status()).isEqualTo(JourneyStatus.ENDED_EARLY);
        assertThat(ended.stays().get(2).until()).isEqualTo(START.plusDays(40));
        JourneyTimeline.State afterOutcome = add(OUTCOME, 60, null).state();
        assertThat(afterOutcome.status()).isEqualTo(JourneyStatus.ENDED_EARLY);
        assertThat(afterOutcome.since()).as("an outcome does not move the journey").isEqualTo(START.plusDays(40));
    }

    @Test
    void rulesForTheNextEvent() {
        JourneyTimeline empty = new JourneyTimeline(List.of());
        assertThat(empty.check(ADVANCED, START, SHADOWING)).contains(JourneyTimeline.Problem.NOT_ENROLLED);
        assertThat(empty.check(ENROLLED, START, null)).contains(JourneyTimeline.Problem.STEP_REQUIRED);
        assertThat(empty.check(ENROLLED, START, INTRODUCTION)).isEmpty();

        JourneyTimeline enrolled = add(ENROLLED, 0, INTRODUCTION);
        assertThat(enrolled.check(ENROLLED, START.plusDays(1), INTRODUCTION)).contains(JourneyTimeline.Problem.ALREADY_ENROLLED);
        assertThat(enrolled.check(ADVANCED, START.plusDays(1), INTRODUCTION)).contains(JourneyTimeline.Problem.SAME_STEP);
        assertThat(enrolled.check(ADVANCED, START.minusDays(1), SHADOWING)).contains(JourneyTimeline.Problem.BEFORE_LAST_EVENT);
        assertThat(enrolled.check(RESUMED, START.plusDays(1), null)).contains(JourneyTimeline.Problem.NOT_PAUSED);
        assertThat(enrolled.check(ADVANCED, START.plusDays(1), SHADOWING)).isEmpty();

        JourneyTimeline paused = add(PAUSED, 5, null);
        assertThat(paused.check(ADVANCED, START.plusDays(6), SHADOWING)).contains(JourneyTimeline.Problem.PAUSED);
        assertThat(paused.check(PAUSED, START.plusDays(6), null)).contains(JourneyTimeline.Problem.ALREADY_PAUSED);

        add(RESUMED, 7, null);
        JourneyTimeline completed = add(COMPLETED, 100, null);
        assertThat(completed.check(ADVANCED, START.plusDays(101), SHADOWING)).contains(JourneyTimeline.Problem.JOURNEY_CLOSED);
        assertThat(completed.check(OUTCOME, START.plusDays(120), null)).isEmpty();
    }
}
