package se.kompetenskedjan.education.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.kompetenskedjan.shared.SwedishTime;

/**
 * An occasion's weekly pattern turned into dates. Dates are Swedish calendar dates and times Swedish wall-clock
 * times: a session at 09:00 is at 09:00 in Stockholm whether the clocks have just changed or not; only its instant
 * (for calendars) moves between +01:00 and +02:00.
 */
final class Schedule {

    /** Occasions run at most a year and a week, so a generated schedule stays a bounded list. */
    static final int MAX_DAYS = 372;

    private Schedule() {
    }

    /** Every date in [from, to] that falls on one of the weekdays, in order. */
    static List<LocalDate> dates(LocalDate from, LocalDate to, Collection<DayOfWeek> weekdays) {
        Set<DayOfWeek> days = weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The instant of a Swedish local time on a Swedish date, with that day's offset. */
    static OffsetDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, SwedishTime.SWEDEN).toOffsetDateTime();
    }

    static int isoWeek(LocalDate date) {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
