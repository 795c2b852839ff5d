package se.kompetenskedjan.schedules.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kompetenskedjan.shared.InvalidFieldException;

/** ISO weeks as the pages and the API name them: {@code 2026-W53}, Monday to Sunday. */
final class IsoWeeks {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private IsoWeeks() {
    }

    /** The Monday of the week; 400 (field vecka) when malformed, outside 2000–2099 or past the year's last week. */
    static LocalDate monday(String week) {
        Matcher m = week == null ? null : WEEK.matcher(week.trim());
        if (m == null || !m.matches()) {
            throw new InvalidFieldException("vecka", "schedules.week.invalid");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2099 || number < 1) {
            throw new InvalidFieldException("vecka", "schedules.week.invalid");
        }
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        if (number > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidFieldException("vecka", "schedules.week.invalid");
        }
        return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String name(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
