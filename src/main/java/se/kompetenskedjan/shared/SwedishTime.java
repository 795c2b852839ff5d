package se.kompetenskedjan.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the application are Swedish dates: a day starts at midnight in Stockholm, not in UTC. */
public final class SwedishTime {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    /** Today in Sweden by the given clock, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }
}
