package se.kompetenskedjan.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInPeriod;
import se.kompetenskedjan.followup.FollowUpFrequency;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.AfterJob;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.Given;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.JourneyEvent;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.Rules;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.Span;
import se.kompetenskedjan.followup.internal.FollowUpSchedule.Supervised;

/** The missed-check-in rule: which periods are due from a journey's steps and the rules, and which were missed. */
class FollowUpScheduleTests {

    static final UUID LADDER = UUID.randomUUID();
    static final UUID SHADOWING = UUID.randomUUID();
    static final UUID SUBSIDISED = UUID.randomUUID();
    static final UUID JOURNEY = UUID.randomUUID();

    final List<JourneyEvent> events = new ArrayList<>();

    void event(String type, LocalDate on, UUID step, String outcome) {
        events.add(new JourneyEvent(JOURNEY, LADDER, type, on, step, outcome, events.size()));
    }

    static Rules monthlyWhenSubsidised(AfterJob afterJob) {
        return new Rules(Map.of(LADDER, Map.of(SUBSIDISED, FollowUpFrequency.MONTHLY)),
                afterJob == null ? Map.of() : Map.of(LADDER, afterJob));
    }

    @Test
    void weeklyOnAStepWithoutARuleFromTheFirstWholeWeekAcrossNewYear() {
        event("ENROLLED", LocalDate.of(2026, 12, 16), SHADOWING, null); // a Wednesday in week 51
        List<Span> spans = FollowUpSchedule.spans(events, monthlyWhenSubsidised(null));
        List<CheckInPeriod> due = FollowUpSchedule.due(spans, LocalDate.of(2027, 1, 5));

        assertThat(due).extracting(CheckInPeriod::week)
                .as("weeks begun on the step and ended before today: not week 51 (begun before), not week 1 (under way)")
                .containsExactly(52, 53);
        assertThat(FollowUpSchedule.due(spans, LocalDate.of(2027, 1, 11))).extracting(CheckInPeriod::week)
                .containsExactly(52, 53, 1);
        assertThat(FollowUpSchedule.frequencyOn(spans, LocalDate.of(2027, 1, 1))).isEqualTo(FollowUpFrequency.WEEKLY);
    }

    @Test
    void aPeriodIsMissedWithoutTheParticipantsCheckInUnlessTheirSupervisorAnsweredForIt() {
        event("ENROLLED", LocalDate.of(2026, 11, 30), SHADOWING, null); // Monday, week 49
        List<CheckInPeriod> due = FollowUpSchedule.due(FollowUpSchedule.spans(events, monthlyWhenSubsidised(null)),
                LocalDate.of(2026, 12, 28));
        assertThat(due).extracting(CheckInPeriod::week).containsExactly(49, 50, 51, 52);

        List<Given> given = List.of(
                new Given(CheckInAudience.PARTICIPANT, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)),
                new Given(CheckInAudience.SUPERVISOR, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)),
                new Given(CheckInAudience.SUPERVISOR, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 20)));
        List<Supervised> supervisedFromWeek50 = List.of(new Supervised(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)));

        assertThat(FollowUpSchedule.missed(due, given, supervisedFromWeek50)).extracting(CheckInPeriod::week)
                .as("week 50: the supervisor answered while supervising; week 51: the supervision had ended")
                .containsExactly(51, 52);
        assertThat(FollowUpSchedule.missed(due, given, List.of())).extracting(CheckInPeriod::week)
                .as("without a supervision only the participant's check-in counts").containsExactly(50, 51, 52);
    }

    @Test
    void aMonthlyStepAPauseAndTheWeeksAfterARegularJobFollowTheRules() {
        event("ENROLLED", LocalDate.of(2026, 9, 7), SHADOWING, null);
        event("STEP_ENTERED", LocalDate.of(2026, 10, 1), SUBSIDISED, null);
        event("PAUSED", LocalDate.of(2026, 11, 2), null, null);
        event("RESUMED", LocalDate.of(2026, 12, 1), null, null);
        event("ENDED", LocalDate.of(2027, 1, 15), null, null);
        event("OUTCOME", LocalDate.of(2027, 1, 20), null, "REGULAR_EMPLOYMENT");

        List<Span> withAfterJob = FollowUpSchedule.spans(events,
                monthlyWhenSubsidised(new AfterJob(FollowUpFrequency.EVERY_OTHER_WEEK, 4)));
        List<CheckInPeriod> due = FollowUpSchedule.due(withAfterJob, LocalDate.of(2027, 4, 1));
        assertThat(due.stream().filter(p -> p.frequency() == FollowUpFrequency.WEEKLY)).extracting(CheckInPeriod::week)
                .as("shadowing: weeks 37 to 39, and week 40 began there on Monday 28 September")
                .containsExactly(37, 38, 39, 40);
        assertThat(due.stream().filter(p -> p.frequency() == FollowUpFrequency.MONTHLY)).extracting(CheckInPeriod::start)
                .as("October on the step; November paused from the 2nd; December after resuming; not January (ended)")
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 1));
        List<CheckInPeriod> afterJob = due.stream().filter(p -> p.frequency() == FollowUpFrequency.EVERY_OTHER_WEEK)
                .toList();
        assertThat(afterJob).as("fortnights beginning in the four weeks after the last day").isNotEmpty()
                .allMatch(p -> !p.start().isBefore(LocalDate.of(2027, 1, 15))
                        && p.start().isBefore(LocalDate.of(2027, 2, 12)));
        assertThat(FollowUpSchedule.frequencyOn(withAfterJob, LocalDate.of(2026, 11, 15))).as("paused").isNull();

        List<CheckInPeriod> withoutAfterJob = FollowUpSchedule.due(FollowUpSchedule.spans(events,
                monthlyWhenSubsidised(null)), LocalDate.of(2027, 4, 1));
        assertThat(withoutAfterJob).noneMatch(p -> p.frequency() == FollowUpFrequency.EVERY_OTHER_WEEK);

        Rules none = new Rules(Map.of(LADDER, Map.of(SHADOWING, FollowUpFrequency.NONE,
                SUBSIDISED, FollowUpFrequency.NONE)), Map.of());
        assertThat(FollowUpSchedule.due(FollowUpSchedule.spans(events, none), LocalDate.of(2027, 4, 1))).isEmpty();
    }
}
