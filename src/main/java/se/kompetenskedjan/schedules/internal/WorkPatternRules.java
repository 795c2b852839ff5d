package se.kompetenskedjan.schedules.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.kompetenskedjan.education.EducationCalendar.CourseDay;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.Clash;
import se.kompetenskedjan.schedules.DayPart;

/**
 * The rules of work patterns, without the database: which dates a pattern covers, its default times, and clashes.
 * Every other week is counted in whole weeks from the pattern's first Monday, not by the ISO week number's parity
 * (week 53 and week 1 are both odd, yet follow each other).
 */
final class WorkPatternRules {

    static final LocalTime NOON = LocalTime.NOON;
    static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(16, 0);

    /** A pattern as the rules need it; {@code to} null when the placement has no end date. */
    record Pattern(java.util.UUID proposalId, Set<DayOfWeek> weekdays, Alternation alternation, LocalDate anchorMonday,
            LocalTime start, LocalTime end, LocalDate from, LocalDate to, long version) {
    }

    /** One work day laid out from a pattern. */
    record WorkDay(java.util.UUID proposalId, LocalDate date, LocalTime start, LocalTime end, long version) {
    }

    private WorkPatternRules() {
    }

    static boolean worksOn(Pattern pattern, LocalDate date) {
        if (date.isBefore(pattern.from()) || pattern.to() != null && date.isAfter(pattern.to())
                || !pattern.weekdays().contains(date.getDayOfWeek())) {
            return false;
        }
        if (pattern.alternation() == Alternation.EVERY_WEEK) {
            return true;
        }
        long weeks = ChronoUnit.WEEKS.between(pattern.anchorMonday(), IsoWeeks.mondayOf(date));
        return Math.floorMod(weeks, 2) == 0;
    }

    /** The pattern's work days between the dates (inclusive). */
    static List<WorkDay> days(Pattern pattern, LocalDate from, LocalDate to) {
        List<WorkDay> days = new ArrayList<>();
        LocalDate first = from.isBefore(pattern.from()) ? pattern.from() : from;
        LocalDate last = pattern.to() != null && pattern.to().isBefore(to) ? pattern.to() : to;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (worksOn(pattern, d)) {
                days.add(new WorkDay(pattern.proposalId(), d, pattern.start(), pattern.end(), pattern.version()));
            }
        }
        return days;
    }

    /**
     * The times of a day part: the place's hours on the chosen weekdays (earliest start, latest end; 08:00–16:00
     * without hours), a morning ending and an afternoon starting at 12:00. Given times win; null when they do not
     * make a period (the caller reports it).
     */
    static LocalTime[] times(DayPart part, Set<DayOfWeek> weekdays, List<ScheduleSlot> slots, LocalTime givenStart,
            LocalTime givenEnd) {
        List<ScheduleSlot> onDays = slots.stream().filter(s -> weekdays.contains(s.day())).toList();
        LocalTime start = onDays.stream().map(ScheduleSlot::from).min(Comparator.naturalOrder()).orElse(DEFAULT_START);
        LocalTime end = onDays.stream().map(ScheduleSlot::to).max(Comparator.naturalOrder()).orElse(DEFAULT_END);
        if (part == DayPart.MORNING) {
            end = end.isAfter(NOON) ? NOON : end;
        } else if (part == DayPart.AFTERNOON) {
            start = start.isBefore(NOON) ? NOON : start;
        }
        start = givenStart != null ? givenStart : start;
        end = givenEnd != null ? givenEnd : end;
        return end.isAfter(start) ? new LocalTime[] {start, end} : null;
    }

    static boolean overlaps(LocalTime start1, LocalTime end1, LocalTime start2, LocalTime end2) {
        return start1.isBefore(end2) && start2.isBefore(end1);
    }

    /** Clashes of the sessions with the work days: same date, overlapping times; by date and time. */
    static List<Clash> clashes(List<CourseDay> sessions, List<WorkDay> workDays) {
        List<Clash> clashes = new ArrayList<>();
        for (CourseDay session : sessions) {
            for (WorkDay day : workDays) {
                if (session.date().equals(day.date())
                        && overlaps(session.start(), session.end(), day.start(), day.end())) {
                    clashes.add(new Clash(day.date(), session.sessionId(), session.courseName(), session.start(),
                            session.end(), day.proposalId(), day.start(), day.end()));
                }
            }
        }
        clashes.sort(Comparator.comparing(Clash::date).thenComparing(Clash::courseStart));
        return clashes;
    }

    static Set<DayOfWeek> weekdays(String stored) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : stored.split(",")) {
            if (!day.isBlank()) {
                days.add(DayOfWeek.valueOf(day.trim()));
            }
        }
        return days;
    }

    static String stored(Set<DayOfWeek> weekdays) {
        return String.join(",", weekdays.stream().sorted().map(Enum::name).toList());
    }
}
