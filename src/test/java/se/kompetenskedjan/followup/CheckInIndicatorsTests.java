package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * Follow-up's indicators on a hand-built fixture: a participant on a weekly step since the Monday four weeks ago is
 * due four check-ins by today (the running week is not yet due); one answered within its week is on time, one
 * answered for last week only today is late, two were never answered. Participants of other organisations and of
 * other projects are not counted. The clock cannot move in the tests, so "answered two weeks ago" is a check-in
 * answered today and dated back with its period.
 */
@ApiTest
class CheckInIndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckIns checkIns;

    IndicatorSource indicators;
    CheckInTestData data;
    LocalDate today;
    LocalDate thisMonday;

    @BeforeEach
    void anOrganisationWithALadder() {
        indicators = context.getBeansOfType(IndicatorSource.class).values().stream()
                .filter(s -> s.definitions().stream().anyMatch(d -> d.key().equals("checkins.due")))
                .findFirst().orElseThrow();
        data = new CheckInTestData(context);
        today = TestDates.today();
        thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void fourWeeksDueOneOnTimeOneLateAndTwoMissed() {
        CheckInTestData.OnStep amal = data.participantOnStepSince(thisMonday.minusWeeks(4));
        answer(amal, today.minusWeeks(1));
        UUID onTime = answer(amal, today);
        datedBack(onTime, 2);

        assertThat(counts(data, thisMonday.minusWeeks(4), today, null)).containsExactlyInAnyOrderEntriesOf(
                Map.of("checkins.due", 4L, "checkins.onTime", 1L));
        assertThat(counts(data, thisMonday.minusWeeks(1), today, null)).as("last week's, answered late")
                .containsExactlyInAnyOrderEntriesOf(Map.of("checkins.due", 1L));
        assertThat(counts(data, thisMonday.minusWeeks(2), thisMonday.minusWeeks(2).plusDays(6), Set.of(amal.id())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("checkins.due", 1L, "checkins.onTime", 1L));
        assertThat(counts(data, thisMonday.minusWeeks(4), today, Set.of(UUID.randomUUID()))).as("another project")
                .isEmpty();
        assertThat(indicators.counts(query(data, thisMonday, today, null))).as("the running week is not yet due")
                .isEmpty();
    }

    @Test
    void aSupervisorsCheckInCountsOnlyWhileTheySupervise() {
        CheckInTestData.OnStep yonas = data.participantOnStepSince(thisMonday.minusWeeks(2));
        data.supervise(yonas.id());
        UUID bySupervisor = SignedIn.as(data.supervisor.username(), () -> checkIns.answer(yonas.id(),
                command(CheckInAudience.SUPERVISOR, today, CheckInTestData.supervisorAnswers()))).id();
        datedBack(bySupervisor, 2);
        CheckInTestData other = new CheckInTestData(context);
        CheckInTestData.OnStep elsewhere = other.participantOnStepSince(thisMonday.minusWeeks(2));
        answer(elsewhere, today.minusWeeks(1));

        assertThat(counts(data, thisMonday.minusWeeks(2), today, null)).as("supervised from yesterday only")
                .containsExactlyInAnyOrderEntriesOf(Map.of("checkins.due", 2L));
        jdbc.sql("UPDATE followup_supervision SET starts_on = :from WHERE participant_id = :p")
                .param("from", thisMonday.minusWeeks(2)).param("p", yonas.id()).update();
        assertThat(counts(data, thisMonday.minusWeeks(2), today, null)).as("supervised two weeks ago too")
                .containsExactlyInAnyOrderEntriesOf(Map.of("checkins.due", 2L, "checkins.onTime", 1L));
        assertThat(counts(other, thisMonday.minusWeeks(2), today, null))
                .containsExactlyInAnyOrderEntriesOf(Map.of("checkins.due", 2L));
    }

    /** The check-in and its period as if answered {@code weeks} weeks ago, at noon on the same weekday. */
    private void datedBack(UUID checkIn, int weeks) {
        jdbc.sql("""
                UPDATE followup_checkin SET period_start = period_start - :days, period_end = period_end - :days,
                       answered_at = :at WHERE id = :id""")
                .param("days", weeks * 7).param("id", checkIn)
                .param("at", Timestamp.from(today.minusWeeks(weeks).atTime(LocalTime.NOON)
                        .atZone(SwedishTime.SWEDEN).toInstant())).update();
    }

    private UUID answer(CheckInTestData.OnStep participant, LocalDate periodDate) {
        List<Map<String, Object>> answers = CheckInTestData.participantAnswers("GREEN", "4");
        return SignedIn.as(participant.login().username(), () -> checkIns.answer(participant.id(),
                command(CheckInAudience.PARTICIPANT, periodDate, answers))).id();
    }

    private static CheckInCommand command(CheckInAudience audience, LocalDate periodDate,
            List<Map<String, Object>> answers) {
        return new CheckInCommand(audience, periodDate, null, null, answers.stream()
                .map(a -> new CheckInCommand.Answer(UUID.fromString((String) a.get("questionKey")),
                        (String) a.get("value"))).toList(), Set.of(), null, "sv");
    }

    private Map<String, Long> counts(CheckInTestData organisation, LocalDate from, LocalDate to,
            Set<UUID> participants) {
        List<IndicatorCount> counts = indicators.counts(query(organisation, from, to, participants));
        assertThat(counts).allMatch(c -> c.organisationId().equals(organisation.staff.organisation().id())
                && c.participantId() != null);
        return counts.stream().collect(Collectors.groupingBy(IndicatorCount::indicator,
                Collectors.summingLong(IndicatorCount::value)));
    }

    private IndicatorQuery query(CheckInTestData organisation, LocalDate from, LocalDate to, Set<UUID> participants) {
        return new IndicatorQuery(Set.of(organisation.staff.organisation().id()), participants, from, to, to);
    }
}
