package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.shared.SwedishTime;

/** Period arithmetic on Swedish dates: ISO weeks 52, 53 and 1, fortnights across New Year, months, a DST night. */
class CheckInPeriodTests {

    @Test
    void week53Of2026RunsIntoJanuary2027AndWeek1StartsOnTheMondayAfter() {
        CheckInPeriod newYearsEve = CheckInPeriod.of(FollowUpFrequency.WEEKLY, LocalDate.of(2026, 12, 31));
        assertThat(newYearsEve.start()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(newYearsEve.end()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(newYearsEve.week()).isEqualTo(53);
        assertThat(newYearsEve.weekYear()).isEqualTo(2026);
        assertThat(newYearsEve.label()).isEqualTo("vecka 53 2026");
        assertThat(CheckInPeriod.of(FollowUpFrequency.WEEKLY, LocalDate.of(2027, 1, 3))).isEqualTo(newYearsEve);

        CheckInPeriod next = newYearsEve.next();
        assertThat(next.start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(next.week()).isEqualTo(1);
        assertThat(next.weekYear()).isEqualTo(2027);
        assertThat(next.previous()).isEqualTo(newYearsEve);

        CheckInPeriod week52 = newYearsEve.previous();
        assertThat(week52.week()).isEqualTo(52);
        assertThat(week52.start()).isEqualTo(LocalDate.of(2026, 12, 21));
        // 2025 has no week 53: its last week is 52, and week 1 of 2026 begins on Monday 2025-12-29.
        CheckInPeriod week1Of2026 = CheckInPeriod.of(FollowUpFrequency.WEEKLY, LocalDate.of(2025, 12, 31));
        assertThat(week1Of2026.week()).isEqualTo(1);
        assertThat(week1Of2026.weekYear()).isEqualTo(2026);
        assertThat(week1Of2026.previous().week()).isEqualTo(52);
    }

    @Test
    void theSwedishDateDecidesThePeriodOnNewYearsNightAndTheNightClocksGoForward() {
        // 23:30 UTC on New Year's Eve is half past midnight on New Year's Day in Sweden: still week 53 of 2026.
        LocalDate newYear = LocalDate.ofInstant(Instant.parse("2026-12-31T23:30:00Z"), SwedishTime.SWEDEN);
        assertThat(newYear).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(CheckInPeriod.of(FollowUpFrequency.WEEKLY, newYear).week()).isEqualTo(53);
        assertThat(CheckInPeriod.of(FollowUpFrequency.MONTHLY, newYear).start()).isEqualTo(LocalDate.of(2027, 1, 1));

        // 00:55 UTC on 2027-03-28 is 01:55 in Sweden, minutes before summer time: Sunday, the last day of week 12.
        LocalDate dst = LocalDate.ofInstant(Instant.parse("2027-03-28T00:55:00Z"), SwedishTime.SWEDEN);
        CheckInPeriod week = CheckInPeriod.of(FollowUpFrequency.WEEKLY, dst);
        assertThat(week.week()).isEqualTo(12);
        assertThat(week.end()).isEqualTo(dst);
        assertThat(week.next().start()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(week.contains(LocalDate.ofInstant(Instant.parse("2027-03-28T01:05:00Z"), SwedishTime.SWEDEN)))
                .as("after the change, the same Swedish Sunday").isTrue();
    }

    @Test
    void monthsAndFortnightsFollowTheCalendarAcrossTheYearEnd() {
        CheckInPeriod february = CheckInPeriod.of(FollowUpFrequency.MONTHLY, LocalDate.of(2028, 2, 15));
        assertThat(february.start()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.end()).as("a leap year").isEqualTo(LocalDate.of(2028, 2, 29));
        CheckInPeriod december = CheckInPeriod.of(FollowUpFrequency.MONTHLY, LocalDate.of(2026, 12, 31));
        assertThat(december.label()).isEqualTo("december 2026");
        assertThat(december.next().start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(december.next().label()).isEqualTo("januari 2027");

        CheckInPeriod fortnight = CheckInPeriod.of(FollowUpFrequency.EVERY_OTHER_WEEK, LocalDate.of(2026, 12, 31));
        assertThat(fortnight.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(fortnight.end()).isEqualTo(fortnight.start().plusDays(13));
        assertThat(fortnight.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(fortnight.next().start()).isEqualTo(fortnight.end().plusDays(1));
        assertThat(fortnight.next().previous()).isEqualTo(fortnight);
        // Every day of a run of fortnights falls in exactly one of them, whatever the week numbers do.
        CheckInPeriod p = CheckInPeriod.of(FollowUpFrequency.EVERY_OTHER_WEEK, LocalDate.of(2026, 11, 1));
        for (int i = 0; i < 10; i++) {
            CheckInPeriod n = p.next();
            assertThat(n.start()).isEqualTo(p.end().plusDays(1));
            assertThat(CheckInPeriod.of(FollowUpFrequency.EVERY_OTHER_WEEK, n.start().plusDays(13))).isEqualTo(n);
            p = n;
        }
        assertThat(CheckInPeriod.of(FollowUpFrequency.NONE, LocalDate.of(2027, 1, 1)).frequency())
                .as("a check-in outside any rhythm is for its week").isEqualTo(FollowUpFrequency.WEEKLY);
    }
}
