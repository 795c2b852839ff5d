package se.kompetenskedjan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import se.kompetenskedjan.shared.SwedishTime;

/**
 * Today and now as the application sees them: the Swedish date, by a clock that starts at kk.clock.start when the
 * suite runs with it (-Dkk.clock.start=2026-12-31T23:30:00Z), as the application's Clock bean does. Tests with a
 * Spring context may inject the Clock bean instead; both follow the same setting.
 */
public final class TestDates {

    private static final Clock CLOCK = clock(System.getProperty("kk.clock.start"));

    private TestDates() {
    }

    public static LocalDate today() {
        return SwedishTime.today(CLOCK);
    }

    /** For tests that build a service by hand: the clock the application would have in this run. */
    public static Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    private static Clock clock(String start) {
        Clock system = Clock.system(SwedishTime.SWEDEN);
        if (start == null || start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start.strip())));
    }
}
