package se.kompetenskedjan.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A recurring time in the week, e.g. Monday 08:30–12:00: a placement's working hours or a participant's course. */
record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) {

    WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + from + "–" + to);
        }
    }

    /** Length in whole minutes. */
    int minutes() {
        return minuteOfDay(to) - minuteOfDay(from);
    }

    /** Minutes both slots cover (0 on different days or when they do not meet). */
    int overlapMinutes(WeeklySlot o) {
        if (day != o.day) {
            return 0;
        }
        int start = Math.max(minuteOfDay(from), minuteOfDay(o.from));
        int end = Math.min(minuteOfDay(to), minuteOfDay(o.to));
        return Math.max(0, end - start);
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
