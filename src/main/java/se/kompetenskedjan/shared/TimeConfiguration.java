package se.kompetenskedjan.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. With {@code kk.clock.start} (an ISO instant, e.g. 2026-12-31T22:30:00Z) it starts
 * at that moment and then runs on, so that a test or a demo can run as if on New Year's Eve or the night of a
 * daylight-saving change.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    public Clock clock(@Value("${kk.clock.start:}") String start) {
        return clock(start, Clock.system(SwedishTime.SWEDEN));
    }

    static Clock clock(String start, Clock system) {
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant at = Instant.parse(start.strip());
        return Clock.offset(system, Duration.between(system.instant(), at));
    }
}
