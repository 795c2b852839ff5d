package se.kompetenskedjan.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The span of Swedish dates a check-in is for: an ISO week (Monday to Sunday) for WEEKLY, two ISO weeks for
 * EVERY_OTHER_WEEK (counted in fortnights from Monday 2024-01-01, so the pairs run on across week 52/53 and New Year),
 * a calendar month for MONTHLY. NONE has no periods of its own; a check-in then is for its week.
 */
public record CheckInPeriod(FollowUpFrequency frequency, LocalDate start, LocalDate end) {

    private static final LocalDate FORTNIGHT_ANCHOR = LocalDate.of(2024, 1, 1);

    public static CheckInPeriod of(FollowUpFrequency frequency, LocalDate day) {
        return switch (frequency) {
            case WEEKLY, NONE -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CheckInPeriod(FollowUpFrequency.WEEKLY, monday, monday.plusDays(6));
            }
            case EVERY_OTHER_WEEK -> {
                long fortnights = Math.floorDiv(ChronoUnit.DAYS.between(FORTNIGHT_ANCHOR, day), 14);
                LocalDate first = FORTNIGHT_ANCHOR.plusDays(fortnights * 14);
                yield new CheckInPeriod(frequency, first, first.plusDays(13));
            }
            case MONTHLY -> new CheckInPeriod(frequency, day.withDayOfMonth(1),
                    day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    public CheckInPeriod next() {
        return of(frequency, end.plusDays(1));
    }

    public CheckInPeriod previous() {
        return of(frequency, start.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return !from.isAfter(end) && !until.isBefore(start);
    }

    /** The ISO week number of the period's first day (week 53 exists in some years). */
    public int week() {
        return start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The ISO week of the period's last day (the second week of a fortnight). */
    public int lastWeek() {
        return end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The week-based year of the first day: 2026 for week 53 ending on 2027-01-03. */
    public int weekYear() {
        return start.get(IsoFields.WEEK_BASED_YEAR);
    }

    /** A short Swedish name: "vecka 53 2026", "vecka 1–2 2027", "januari 2027". */
    public String label() {
        return switch (frequency) {
            case WEEKLY, NONE -> "vecka " + week() + " " + weekYear();
            case EVERY_OTHER_WEEK -> "vecka " + week() + "–" + lastWeek() + " " + end.get(IsoFields.WEEK_BASED_YEAR);
            case MONTHLY -> start.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                    java.util.Locale.forLanguageTag("sv")) + " " + start.getYear();
        };
    }
}
