package se.kompetenskedjan.participants;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (or co-ordination number, day + 60), stored as YYYYMMDD-NNNN.
 * Accepts 10 or 12 digits with or without '-' or '+' (the '+' marks a person aged 100 or more).
 */
public record Personnummer(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");

    public enum Problem { FORMAT, DATE, CHECKSUM }

    private static final Pattern STORED = Pattern.compile("\\d{8}-\\d{4}");

    /** The stored form, YYYYMMDD-NNNN: its century is written out, so reading it needs no date. */
    public Personnummer {
        if (value == null || !STORED.matcher(value).matches() || validate(value, LocalDate.MAX).isPresent()) {
            throw new IllegalArgumentException("not a valid personnummer");
        }
    }

    /** Any accepted form, read as on the given (Swedish) date: it decides the century of a two-digit year. */
    public static Personnummer parse(String text, LocalDate today) {
        if (validate(text, today).isPresent()) {
            throw new IllegalArgumentException("not a valid personnummer");
        }
        return new Personnummer(normalise(text, today));
    }

    /** Empty when valid; otherwise what is wrong. */
    public static Optional<Problem> validate(String text, LocalDate today) {
        if (text == null) {
            return Optional.of(Problem.FORMAT);
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.of(Problem.FORMAT);
        }
        int year = fullYear(m, today);
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (day > 60) {
            day -= 60;
        }
        try {
            LocalDate birth = LocalDate.of(year, month, day);
            if (birth.isAfter(today)) {
                return Optional.of(Problem.DATE);
            }
        } catch (DateTimeException e) {
            return Optional.of(Problem.DATE);
        }
        String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(6);
        return luhnValid(tenDigits) ? Optional.empty() : Optional.of(Problem.CHECKSUM);
    }

    public int birthYear() {
        return Integer.parseInt(value.substring(0, 4));
    }

    private static String normalise(String text, LocalDate today) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a valid personnummer");
        }
        return fullYear(m, today) + m.group(3) + m.group(4) + "-" + m.group(6);
    }

    private static int fullYear(Matcher m, LocalDate today) {
        int yy = Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1) + m.group(2));
        }
        int thisYear = Year.from(today).getValue();
        int year = (thisYear / 100) * 100 + yy;
        if (year > thisYear) {
            year -= 100;
        }
        if ("+".equals(m.group(5))) {
            year -= 100;
        }
        return year;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
