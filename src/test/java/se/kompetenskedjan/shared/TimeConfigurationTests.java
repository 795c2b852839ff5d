package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TimeConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class);

    @Test
    void withoutASettingTheClockIsTheSystemClockInStockholm() {
        // blank, so that a run with -Dkk.clock.start (as .ci/run's second and third passes) tests this case too
        context.withPropertyValues("kk.clock.start=").run(c -> {
            Clock clock = c.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(SwedishTime.SWEDEN);
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        });
    }

    @Test
    void theSettingStartsTheClockAtTheGivenInstantAndItRunsOn() {
        context.withPropertyValues("kk.clock.start=2026-12-31T23:30:00Z").run(c -> {
            Clock clock = c.getBean(Clock.class);
            Instant first = clock.instant();
            assertThat(Duration.between(Instant.parse("2026-12-31T23:30:00Z"), first)).isBetween(Duration.ZERO,
                    Duration.ofSeconds(5));
            // 23:30 UTC on New Year's Eve is already New Year's Day in Sweden
            assertThat(SwedishTime.today(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(LocalDate.ofInstant(first, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void theClockRunsOnFromTheStart() {
        MovingClock system = new MovingClock(Instant.parse("2026-06-01T12:00:00Z"));
        Clock started = TimeConfiguration.clock("2026-03-29T00:30:00Z", system);
        assertThat(started.instant()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        system.now = system.now.plus(Duration.ofMinutes(40));
        // 01:10 UTC: past the change to summer time, 03:10 in Stockholm
        assertThat(started.instant()).isEqualTo(Instant.parse("2026-03-29T01:10:00Z"));
        assertThat(started.instant().atZone(SwedishTime.SWEDEN).getHour()).isEqualTo(3);
    }

    /** A system clock that the test moves on. */
    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return SwedishTime.SWEDEN;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void swedishDatesAcrossTheDaylightSavingChange() {
        // 2026-03-29 01:00 UTC clocks go from 02:00 to 03:00 CET->CEST; 2026-10-25 01:00 UTC back from 03:00 to 02:00
        assertThat(SwedishTime.today(Clock.fixed(Instant.parse("2026-03-28T22:59:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(SwedishTime.today(Clock.fixed(Instant.parse("2026-03-28T23:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(SwedishTime.today(Clock.fixed(Instant.parse("2026-10-24T21:59:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(SwedishTime.today(Clock.fixed(Instant.parse("2026-10-24T22:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void aStartThatIsNoInstantStopsTheStart() {
        assertThatThrownBy(() -> TimeConfiguration.clock("2026-12-31", Clock.systemUTC()))
                .isInstanceOf(DateTimeParseException.class);
    }
}
