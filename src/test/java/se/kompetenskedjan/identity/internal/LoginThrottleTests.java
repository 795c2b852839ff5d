package se.kompetenskedjan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.identity.internal.LoginThrottle.Attempt;
import se.kompetenskedjan.identity.internal.LoginThrottle.Guess;

/**
 * The throttle's rules against the real table, with the time passed in: growing waits per address, other addresses
 * untouched, the account-wide limit for unfamiliar addresses, and the most guesses a day allows (the numbers in
 * docs/DECISIONS.md). Each test uses usernames of its own; times lie in the past, so that the clean-up of other tests'
 * rows never removes these rows while a test runs (and theirs are left alone by this test's clean-ups).
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class LoginThrottleTests {

    private static final Instant T0 = Instant.parse("2020-03-02T08:00:00Z");

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneAddressWaitsOneMinuteAfterFiveAttemptsThenTwiceAsLongEachTimeUpToHalfAnHour() {
        String user = username();
        String attacker = "10.1.0.1";
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user, attacker, T0).allowed()).as("attempt %d", i + 1).isTrue();
        }
        Instant t = T0;
        List<Duration> waits = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            Attempt refused = attempt(user, attacker, t);
            assertThat(refused.allowed()).isFalse();
            waits.add(refused.waitTime());
            assertThat(attempt(user, attacker, t.plus(refused.waitTime()).minusSeconds(1)).allowed())
                    .as("one second before the wait ends").isFalse();
            t = t.plus(refused.waitTime());
            assertThat(attempt(user, attacker, t).allowed()).as("when the wait ends").isTrue();
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(30), Duration.ofMinutes(30));
    }

    @Test
    void anotherAddressIsNotHeldUpByTheAttackersWait() {
        String user = username();
        for (int i = 0; i < 5; i++) {
            attempt(user, "10.1.0.2", T0);
        }
        assertThat(attempt(user, "10.1.0.2", T0).allowed()).isFalse();
        Attempt victim = attempt(user, "10.1.0.3", T0);
        assertThat(victim.allowed()).isTrue();
        throttle.succeeded(victim, T0);
        assertThat(attempt(user, "10.1.0.2", T0).allowed()).as("the victim's success does not free the attacker").isFalse();
    }

    @Test
    void aSuccessClearsTheAddressesCount() {
        String user = username();
        for (int i = 0; i < 4; i++) {
            attempt(user, "10.1.0.4", T0);
        }
        throttle.succeeded(attempt(user, "10.1.0.4", T0), T0);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user, "10.1.0.4", T0).allowed()).isTrue();
        }
        assertThat(attempt(user, "10.1.0.4", T0).allowed()).isFalse();
    }

    @Test
    void manyAddressesTogetherAreSlowedAfterSixtyAttemptsButAFamiliarAddressIsNot() {
        String user = username();
        Attempt usual = attempt(user, "10.2.0.1", T0.minus(Duration.ofDays(30)));
        throttle.succeeded(usual, T0.minus(Duration.ofDays(30)));
        for (int i = 0; i < 60; i++) {
            assertThat(attempt(user, "10.3.0." + i, T0).allowed()).as("address %d", i).isTrue();
        }
        Attempt next = attempt(user, "10.3.1.1", T0);
        assertThat(next.allowed()).isFalse();
        assertThat(next.waitTime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(attempt(user, "10.3.0.0", T0).allowed()).as("an address that tried before").isFalse();
        assertThat(attempt(user, "10.2.0.1", T0).allowed()).as("the address the user signed in from a month ago").isTrue();
        assertThat(attempt(user, "10.3.1.1", T0.plus(Duration.ofMinutes(1))).allowed()).isTrue();
        assertThat(attempt(user, "10.3.1.2", T0.plus(Duration.ofMinutes(1))).waitTime()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aFamiliarAddressBecomesUnfamiliarAfterNinetyDays() {
        String user = username();
        throttle.succeeded(attempt(user, "10.2.0.2", T0), T0);
        for (int day : new int[] {89, 91}) {
            Instant t = T0.plus(Duration.ofDays(day));
            for (int i = 0; i < 60; i++) {
                attempt(user, "10.3." + day + "." + i, t);
            }
            assertThat(attempt(user, "10.3.100.1", t).allowed()).as("a new address on day %d", day).isFalse();
            assertThat(attempt(user, "10.2.0.2", t).allowed()).as("the address of day 0, on day %d", day)
                    .isEqualTo(day < 90);
        }
    }

    @Test
    void inADayOneAddressGets56GuessesAndAllUnfamiliarAddressesTogether88() {
        String single = username();
        int fromOneAddress = guessesInADay(single, i -> "10.4.0.1");
        assertThat(fromOneAddress).isEqualTo(56);
        assertThat(attempt(single, "10.4.0.2", T0.plus(Duration.ofHours(23))).allowed())
                .as("one address alone never reaches the account-wide limit").isTrue();

        String distributed = username();
        int fromEverywhere = guessesInADay(distributed, i -> "10.5." + (i / 250) + "." + (i % 250));
        assertThat(fromEverywhere).isEqualTo(88);
    }

    @Test
    void basicLoginsOfTheApiCountOnlyFailuresSoParallelRequestsWithTheRightPasswordPass() {
        String user = username();
        List<Attempt> inFlight = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Attempt attempt = throttle.attempt(Guess.LOGIN, user, "10.6.0.1", false, T0);
            assertThat(attempt.allowed()).isTrue();
            inFlight.add(attempt);
        }
        inFlight.forEach(a -> throttle.succeeded(a, T0));
        for (int i = 0; i < 5; i++) {
            Attempt attempt = throttle.attempt(Guess.LOGIN, user, "10.6.0.1", false, T0);
            assertThat(attempt.allowed()).isTrue();
            throttle.failed(attempt, T0);
        }
        assertThat(throttle.attempt(Guess.LOGIN, user, "10.6.0.1", false, T0).waitTime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(attempt(user, "10.6.0.1", T0).allowed()).as("the form login from the same address").isFalse();
        assertThat(attempt(user, "10.6.0.2", T0).allowed()).as("the form login from another address").isTrue();
    }

    @Test
    void guessingTheCurrentPasswordHasACountOfItsOwn() {
        String user = username();
        for (int i = 0; i < 5; i++) {
            throttle.attempt(Guess.CURRENT_PASSWORD, user, "10.7.0.1", true, T0);
        }
        assertThat(throttle.attempt(Guess.CURRENT_PASSWORD, user, "10.7.0.1", true, T0).allowed()).isFalse();
        throttle.succeeded(attempt(user, "10.7.0.1", T0), T0);
        assertThat(throttle.attempt(Guess.CURRENT_PASSWORD, user, "10.7.0.1", true, T0).allowed())
                .as("a login does not clear it").isFalse();
    }

    @Test
    void usernamesAreCountedWhateverTheirCase() {
        String user = username();
        for (int i = 0; i < 5; i++) {
            attempt(i % 2 == 0 ? user.toUpperCase() : " " + user + " ", "10.8.0.1", T0);
        }
        assertThat(attempt(user, "10.8.0.1", T0).allowed()).isFalse();
    }

    @Test
    void anIpv6NetworkCountsAsOneSourceAndMappedIpv4AsItsIpv4Address() {
        assertThat(LoginThrottle.source("2001:db8:1:2::1")).isEqualTo(LoginThrottle.source("2001:db8:1:2:ffff:1:2:3"));
        assertThat(LoginThrottle.source("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.source("2001:db8:1:3::1"));
        assertThat(LoginThrottle.source("::ffff:10.0.0.1")).isEqualTo(LoginThrottle.source("10.0.0.1"));
        assertThat(LoginThrottle.source("10.0.0.1")).isNotEqualTo(LoginThrottle.source("10.0.0.2"));
        assertThat(LoginThrottle.source("not:an:address")).isEqualTo("source:not:an:address");
        assertThat(LoginThrottle.source(null)).isEqualTo(LoginThrottle.source(" "));
    }

    @Test
    void rowsAreKeptNoLongerThanTheyMatter() {
        String user = username();
        throttle.succeeded(attempt(user, "10.9.0.1", T0), T0);
        for (int i = 0; i < 6; i++) {
            attempt(user, "10.9.0.2", T0);
        }
        assertThat(rows(user)).isEqualTo(3);
        throttle.deleteExpired(T0.plus(Duration.ofDays(2)));
        assertThat(rows(user)).as("the familiar address is kept").isEqualTo(1);
        assertThat(attempt(user, "10.9.0.2", T0.plus(Duration.ofDays(2))).allowed()).isTrue();
        throttle.deleteExpired(T0.plus(Duration.ofDays(95)));
        assertThat(rows(user)).isZero();
    }

    /** An attacker who tries again the moment each wait ends, for 24 hours; the number of guesses let through. */
    private int guessesInADay(String user, java.util.function.IntFunction<String> address) {
        Instant t = T0;
        int allowed = 0;
        for (int i = 0; t.isBefore(T0.plus(Duration.ofHours(24))); i++) {
            Attempt attempt = attempt(user, address.apply(i), t);
            if (attempt.allowed()) {
                allowed++;
            } else {
                t = t.plus(attempt.waitTime());
            }
        }
        return allowed;
    }

    private Attempt attempt(String user, String address, Instant at) {
        return throttle.attempt(Guess.LOGIN, user, address, true, at);
    }

    private int rows(String user) {
        return jdbc.sql("SELECT count(*) FROM login_throttle WHERE account_key = :key")
                .param("key", LoginThrottle.accountKey(Guess.LOGIN, user)).query(Integer.class).single();
    }

    private static String username() {
        return "strypt." + System.nanoTime();
    }
}
