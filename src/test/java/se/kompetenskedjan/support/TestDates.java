package se.kompetenskedjan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import se.kompetenskedjan.shared.SwedishTime;

/**
 * Today as the application sees it: the Swedish date, by a clock that starts at kk.clock.start when the suite runs
 * with it (-Dkk.clock.start=2026-12-31T23:30:00Z), as the application's Clock bean does.
 */
public final class TestDates {

    private static final Clock CLOCK = clock(System.getProperty("kk.clock.start"));

    private TestDates() {
    }

    public static LocalDate today() {
        return SwedishTime.today(CLOCK);
    }

    private static Clock clock(String start) {
        Clock system = Clock.system(SwedishTime.SWEDEN);
        if (start == null || start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start.strip())));
    }
}
