package se.kompetenskedjan.schedules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.education.EducationCalendar.CourseDay;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.Clash;
import se.kompetenskedjan.schedules.DayPart;
import se.kompetenskedjan.schedules.internal.WorkPatternRules.Pattern;
import se.kompetenskedjan.schedules.internal.WorkPatternRules.WorkDay;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/** The rules of work patterns, ISO weeks and clashes, across the year end (weeks 52, 53, 1) and the DST changes. */
class WorkPatternRulesTests {

    static final UUID PROPOSAL = UUID.randomUUID();

    @Test
    void isoWeeksAcrossTheYearEnd() {
        assertThat(IsoWeeks.name(LocalDate.of(2026, 12, 28))).as("2026 has a week 53").isEqualTo("2026-W53");
        assertThat(IsoWeeks.name(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
        assertThat(IsoWeeks.name(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
        assertThat(IsoWeeks.monday("2026-W53")).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeeks.monday("2027-W01")).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(IsoWeeks.monday("2026-W52")).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(IsoWeeks.monday("2026-W01")).as("week 1 of 2026 starts in 2025").isEqualTo(LocalDate.of(2025, 12, 29));
        for (String bad : new String[] {"2027-W53", "2026-W00", "2026-W54", "1999-W10", "2026-53", "vecka 3", ""}) {
            assertThatThrownBy(() -> IsoWeeks.monday(bad)).as(bad).isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void everyOtherWeekCountsWeeksFromTheFirstMondayNotTheWeekNumber() {
        // First week 2026-W52: then W53 is off, 2027-W01 on, W02 off, although W53 and W01 are both odd numbers.
        Pattern pattern = pattern(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Alternation.EVERY_OTHER_WEEK,
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28));
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2026, 12, 21))).as("W52").isTrue();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2026, 12, 28))).as("W53").isFalse();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2027, 1, 4))).as("2027-W01").isTrue();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2027, 1, 5))).as("2027-W01 Tuesday").isTrue();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2027, 1, 6))).as("Wednesday").isFalse();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2027, 1, 11))).as("2027-W02").isFalse();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2026, 12, 14))).as("W51, before the first week")
                .isFalse();
        assertThat(WorkPatternRules.worksOn(pattern, LocalDate.of(2026, 12, 7))).as("W50, two weeks before").isTrue();

        List<LocalDate> days = WorkPatternRules.days(pattern, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 17))
                .stream().map(WorkDay::date).toList();
        assertThat(days).containsExactly(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5));
    }

    @Test
    void everyWeekHoldsOnlyWithinThePlacementsDates() {
        Pattern pattern = pattern(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                Alternation.EVERY_WEEK, LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 7));
        assertThat(WorkPatternRules.days(pattern, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 17)).stream()
                .map(WorkDay::date)).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 7));
    }

    @Test
    void dayPartsTakeThePlacesHoursAndCutAtNoon() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        List<ScheduleSlot> slots = List.of(new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(15, 30)),
                new ScheduleSlot(DayOfWeek.TUESDAY, LocalTime.of(7, 30), LocalTime.of(16, 0)),
                new ScheduleSlot(DayOfWeek.SATURDAY, LocalTime.of(6, 0), LocalTime.of(22, 0)));
        assertThat(WorkPatternRules.times(DayPart.FULL_DAY, days, slots, null, null))
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(16, 0));
        assertThat(WorkPatternRules.times(DayPart.MORNING, days, slots, null, null))
                .containsExactly(LocalTime.of(7, 0), LocalTime.NOON);
        assertThat(WorkPatternRules.times(DayPart.AFTERNOON, days, slots, null, null))
                .containsExactly(LocalTime.NOON, LocalTime.of(16, 0));
        assertThat(WorkPatternRules.times(DayPart.FULL_DAY, days, List.of(), null, null)).as("no hours")
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(16, 0));
        assertThat(WorkPatternRules.times(DayPart.MORNING, days, slots, LocalTime.of(9, 0), null))
                .containsExactly(LocalTime.of(9, 0), LocalTime.NOON);
        assertThat(WorkPatternRules.times(DayPart.AFTERNOON, days, slots, null, LocalTime.of(11, 0)))
                .as("ends before it starts").isNull();
    }

    @Test
    void aClashIsTheSameDateAtOverlappingTimes() {
        LocalDate day = LocalDate.of(2027, 1, 4);
        WorkDay morning = new WorkDay(PROPOSAL, day, LocalTime.of(8, 0), LocalTime.NOON, 3);
        CourseDay overlapping = session(day, LocalTime.of(11, 0), LocalTime.of(14, 0));
        CourseDay afterwards = session(day, LocalTime.NOON, LocalTime.of(15, 0));
        CourseDay otherDay = session(day.plusDays(1), LocalTime.of(8, 0), LocalTime.of(12, 0));
        List<Clash> clashes = WorkPatternRules.clashes(List.of(afterwards, otherDay, overlapping), List.of(morning));
        assertThat(clashes).singleElement().satisfies(c -> {
            assertThat(c.sessionId()).isEqualTo(overlapping.sessionId());
            assertThat(c.date()).isEqualTo(day);
            assertThat(c.proposalId()).isEqualTo(PROPOSAL);
            assertThat(c.workEnd()).isEqualTo(LocalTime.NOON);
        });
        assertThat(WorkPatternRules.overlaps(LocalTime.of(8, 0), LocalTime.NOON, LocalTime.NOON, LocalTime.of(13, 0)))
                .as("touching is no clash").isFalse();
    }

    @Test
    void workDaysOnTheNightsOfTheDaylightSavingChangesKeepTheirLocalTimes() {
        // 2027-03-28 (clocks forward 02:00 → 03:00) and 2027-10-31 (back 03:00 → 02:00) are Sundays.
        Pattern sundays = pattern(EnumSet.of(DayOfWeek.SUNDAY), Alternation.EVERY_WEEK, LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 11, 30));
        List<WorkDay> march = WorkPatternRules.days(sundays, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 28));
        assertThat(march).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2027, 3, 28));
            assertThat(d.start()).isEqualTo(LocalTime.of(8, 0));
        });
        ZonedDateTime before = LocalDate.of(2027, 3, 21).atTime(8, 0).atZone(SwedishTime.SWEDEN);
        ZonedDateTime after = LocalDate.of(2027, 3, 28).atTime(8, 0).atZone(SwedishTime.SWEDEN);
        assertThat(before.getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(after.getOffset().getTotalSeconds()).as("summer time").isEqualTo(7200);
        assertThat(WorkPatternRules.days(sundays, LocalDate.of(2027, 10, 25), LocalDate.of(2027, 10, 31)))
                .extracting(WorkDay::date).containsExactly(LocalDate.of(2027, 10, 31));
        // every other week across the autumn change, counted from the week of 2027-10-25
        Pattern alternate = pattern(EnumSet.of(DayOfWeek.SUNDAY), Alternation.EVERY_OTHER_WEEK,
                LocalDate.of(2027, 10, 25), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30));
        assertThat(WorkPatternRules.days(alternate, LocalDate.of(2027, 10, 18), LocalDate.of(2027, 11, 14)))
                .extracting(WorkDay::date).containsExactly(LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 14));
    }

    @Test
    void weekdaysAreStoredSortedAndReadBack() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
        assertThat(WorkPatternRules.stored(days)).isEqualTo("MONDAY,FRIDAY");
        assertThat(WorkPatternRules.weekdays("MONDAY,FRIDAY")).isEqualTo(days);
    }

    private static Pattern pattern(Set<DayOfWeek> days, Alternation alternation, LocalDate anchor, LocalDate from,
            LocalDate to) {
        return new Pattern(PROPOSAL, days, alternation, IsoWeeks.mondayOf(anchor), LocalTime.of(8, 0),
                LocalTime.of(16, 0), from, to, 1);
    }

    private static CourseDay session(LocalDate date, LocalTime start, LocalTime end) {
        return new CourseDay(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Svenska för vården",
                UUID.randomUUID(), UUID.randomUUID(), date, start, end, 0);
    }
}
