package se.kompetenskedjan.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Sessions generated from a weekly pattern: Swedish dates across the turn of the year and the clock changes. */
class ScheduleTests {

    @Test
    void mondaysAndWednesdaysAcrossWeeks52And53And1() {
        // 2026 has 53 ISO weeks: 28 December 2026 is Monday of week 53, 4 January 2027 Monday of week 1.
        List<LocalDate> dates = Schedule.dates(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 7),
                Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY));

        assertThat(dates).containsExactly(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23),
                LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 6));
        assertThat(dates.stream().map(Schedule::isoWeek)).containsExactly(52, 52, 53, 53, 1, 1);
    }

    @Test
    void theFirstAndLastDayCountAndAPeriodWithoutThoseWeekdaysHasNoSessions() {
        assertThat(Schedule.dates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), Set.of(DayOfWeek.FRIDAY)))
                .containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(Schedule.dates(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), Set.of(DayOfWeek.SATURDAY)))
                .isEmpty();
    }

    @Test
    void aSessionKeepsItsSwedishTimeWhenTheClocksChange() {
        // Summer time starts on Sunday 28 March 2027 at 02:00 and ends on Sunday 31 October 2027 at 03:00.
        List<LocalDate> sundays = Schedule.dates(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4),
                Set.of(DayOfWeek.SUNDAY));
        assertThat(sundays).containsExactly(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 4, 4));
        LocalTime nine = LocalTime.of(9, 0);

        assertThat(Schedule.at(sundays.get(0), nine).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(Schedule.at(sundays.get(1), nine).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(Schedule.at(sundays.get(1), nine).toLocalTime()).isEqualTo(nine);
        assertThat(Schedule.at(sundays.get(1), nine).toInstant().toString()).isEqualTo("2027-03-28T07:00:00Z");
        assertThat(Schedule.at(LocalDate.of(2027, 10, 31), nine).toInstant().toString())
                .isEqualTo("2027-10-31T08:00:00Z");
        // An evening session across the change: local times are kept, and the session is the hour shorter.
        assertThat(java.time.Duration.between(Schedule.at(LocalDate.of(2027, 3, 28), LocalTime.of(1, 0)),
                Schedule.at(LocalDate.of(2027, 3, 28), LocalTime.of(4, 0)))).hasHours(2);
    }
}
