package se.kompetenskedjan.profiles.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision (microseconds), so what is returned equals what is read back later. */
final class Times {

    private Times() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
