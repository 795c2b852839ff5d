package se.kompetenskedjan.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing without letting anyone lock a user out (see docs/DECISIONS.md, "Login throttling").
 *
 * <p>Two counters, both in the table login_throttle so that they hold across app nodes:
 * <ul>
 * <li>per typed username and source address ({@link #PER_SOURCE}): 5 attempts, then the source waits 1 minute,
 * doubling with each further attempt up to 30 minutes. A success from the source clears it, and makes the source
 * <em>familiar</em> for this username for 90 days.</li>
 * <li>per typed username over all unfamiliar sources together ({@link #UNFAMILIAR_SOURCES}): 60 attempts in 24 hours,
 * then unfamiliar sources wait 1 minute, doubling up to 60 minutes. This is what keeps guessing from many addresses
 * slow; familiar sources are not held up by it, so an attack never keeps the user out of the addresses they use.</li>
 * </ul>
 * Usernames that do not exist are counted exactly like those that do. An attempt is counted before the password is
 * checked ({@code countFirst}), so parallel requests cannot slip past a limit; HTTP Basic (the demo's API) counts
 * after the check instead, because API clients send parallel requests with the right password.
 *
 * <p>A source is the IPv4 address or the IPv6 /64 network (one host can use a whole /64). Usernames and sources are
 * stored as SHA-256 hashes only.
 */
@Component
class LoginThrottle {

    /** Free attempts in a window, then waits doubling from the first to the longest. */
    record Rule(int freeAttempts, Duration firstWait, Duration longestWait, Duration window) {

        /** Until when further attempts wait after the given number of attempts in the window; null if they need not. */
        Instant blockedUntil(int attempts, Instant now) {
            if (attempts < freeAttempts) {
                return null;
            }
            Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - freeAttempts, 20));
            return now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
        }
    }

    static final Rule PER_SOURCE = new Rule(5, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(24));
    static final Rule UNFAMILIAR_SOURCES = new Rule(60, Duration.ofMinutes(1), Duration.ofMinutes(60), Duration.ofHours(24));
    /** A source that signed in to the account this recently is familiar: the account-wide limit does not slow it. */
    static final Duration FAMILIAR_FOR = Duration.ofDays(90);

    private static final byte[] ALL_UNFAMILIAR = sha256("*");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int CLEAN_UP_EVERY = 200;

    /** What is being guessed: a login, or the current password on changing it (its own count, which a login does not clear). */
    enum Guess {
        LOGIN, CURRENT_PASSWORD
    }

    /**
     * The outcome of {@link #attempt}: allowed when waitTime is zero. The rest is what {@link #failed} and
     * {@link #succeeded} need.
     */
    record Attempt(Duration waitTime, byte[] accountKey, byte[] sourceKey, boolean familiar, boolean counted) {

        boolean allowed() {
            return waitTime.isZero();
        }
    }

    private record Row(int attempts, Instant windowStart, Instant blockedUntil, Instant lastSuccessAt, Instant expiresAt) {

        static Row fresh(Instant now) {
            return new Row(0, now, null, null, now);
        }

        Duration waitAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        boolean familiarAt(Instant now) {
            return lastSuccessAt != null && lastSuccessAt.plus(FAMILIAR_FOR).isAfter(now);
        }

        Row counted(Instant now, Rule rule) {
            boolean newWindow = !windowStart.plus(rule.window()).isAfter(now);
            int count = (newWindow ? 0 : attempts) + 1;
            Instant start = newWindow ? now : windowStart;
            Instant blocked = latest(rule.blockedUntil(count, now), blockedUntil != null && blockedUntil.isAfter(now) ? blockedUntil : null);
            return new Row(count, start, blocked, lastSuccessAt, null).withExpiry(rule);
        }

        Row succeeded(Instant now) {
            return new Row(0, windowStart, null, now, null).withExpiry(PER_SOURCE);
        }

        Row refunded() {
            return new Row(Math.max(0, attempts - 1), windowStart, blockedUntil, lastSuccessAt, expiresAt);
        }

        /** Kept while the window, a wait or familiarity lasts; after that the row says nothing and may be deleted. */
        private Row withExpiry(Rule rule) {
            Instant expiry = latest(windowStart.plus(rule.window()), blockedUntil);
            expiry = latest(expiry, lastSuccessAt == null ? null : lastSuccessAt.plus(FAMILIAR_FOR));
            return new Row(attempts, windowStart, blockedUntil, lastSuccessAt, expiry);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicInteger attemptsSinceCleanUp = new AtomicInteger();

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // Counts must stay even when the caller's transaction rolls back (e.g. a wrong current password).
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Attempt attempt(Guess guess, String username, String remoteAddress, boolean countFirst) {
        return attempt(guess, username, remoteAddress, countFirst, clock.instant());
    }

    /** Whether a password may be tried now for this username from this address; with countFirst, counts it. */
    Attempt attempt(Guess guess, String username, String remoteAddress, boolean countFirst, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        byte[] account = accountKey(guess, username);
        byte[] source = sha256(source(remoteAddress));
        if (attemptsSinceCleanUp.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            deleteExpired(now);
        }
        return transactions.execute(status -> {
            Row bySource = lock(account, source, now);
            boolean familiar = bySource.familiarAt(now);
            Row unfamiliar = familiar ? null : lock(account, ALL_UNFAMILIAR, now);
            Duration wait = bySource.waitAt(now);
            if (unfamiliar != null && unfamiliar.waitAt(now).compareTo(wait) > 0) {
                wait = unfamiliar.waitAt(now);
            }
            if (wait.isZero() && countFirst) {
                write(account, source, bySource.counted(now, PER_SOURCE));
                if (unfamiliar != null) {
                    write(account, ALL_UNFAMILIAR, unfamiliar.counted(now, UNFAMILIAR_SOURCES));
                }
            }
            return new Attempt(wait, account, source, familiar, countFirst);
        });
    }

    void failed(Attempt attempt) {
        failed(attempt, clock.instant());
    }

    /** A wrong password: counts it, unless attempt() already did. */
    void failed(Attempt attempt, Instant at) {
        if (attempt.counted()) {
            return;
        }
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            write(attempt.accountKey(), attempt.sourceKey(), lock(attempt.accountKey(), attempt.sourceKey(), now)
                    .counted(now, PER_SOURCE));
            if (!attempt.familiar()) {
                write(attempt.accountKey(), ALL_UNFAMILIAR, lock(attempt.accountKey(), ALL_UNFAMILIAR, now)
                        .counted(now, UNFAMILIAR_SOURCES));
            }
        });
    }

    void succeeded(Attempt attempt) {
        succeeded(attempt, clock.instant());
    }

    /** The right password: clears the source's count and makes the source familiar for this username. */
    void succeeded(Attempt attempt, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            write(attempt.accountKey(), attempt.sourceKey(), lock(attempt.accountKey(), attempt.sourceKey(), now)
                    .succeeded(now));
            if (attempt.counted() && !attempt.familiar()) {
                // The account-wide counter counts failures: give back the attempt counted in advance.
                write(attempt.accountKey(), ALL_UNFAMILIAR, lock(attempt.accountKey(), ALL_UNFAMILIAR, now).refunded());
            }
        });
    }

    /** Deletes rows that no longer hold anything (a bounded batch, so no call takes long). */
    int deleteExpired(Instant now) {
        return jdbc.sql("""
                DELETE FROM login_throttle WHERE ctid = ANY (ARRAY(
                    SELECT ctid FROM login_throttle WHERE expires_at <= :now LIMIT 1000))
                """).param("now", Timestamp.from(now)).update();
    }

    /** Takes the row (creating it if missing) and holds its lock until the transaction ends. */
    private Row lock(byte[] account, byte[] source, Instant now) {
        Row row = jdbc.sql("""
                INSERT INTO login_throttle (account_key, source_key, attempts, window_start, expires_at)
                VALUES (:account, :source, 0, :now, :now)
                ON CONFLICT (account_key, source_key) DO UPDATE SET attempts = login_throttle.attempts
                RETURNING attempts, window_start, blocked_until, last_success_at, expires_at
                """)
                .param("account", account).param("source", source).param("now", Timestamp.from(now))
                .query(LoginThrottle::row).single();
        return row.expiresAt().isAfter(now) ? row : Row.fresh(now);
    }

    private void write(byte[] account, byte[] source, Row row) {
        jdbc.sql("""
                UPDATE login_throttle
                   SET attempts = :attempts, window_start = :windowStart, blocked_until = :blockedUntil,
                       last_success_at = :lastSuccessAt, expires_at = :expiresAt
                 WHERE account_key = :account AND source_key = :source
                """)
                .param("attempts", row.attempts())
                .param("windowStart", Timestamp.from(row.windowStart()))
                .param("blockedUntil", row.blockedUntil() == null ? null : Timestamp.from(row.blockedUntil()))
                .param("lastSuccessAt", row.lastSuccessAt() == null ? null : Timestamp.from(row.lastSuccessAt()))
                .param("expiresAt", Timestamp.from(row.expiresAt()))
                .param("account", account).param("source", source)
                .update();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getInt("attempts"), instant(rs.getTimestamp("window_start")),
                instant(rs.getTimestamp("blocked_until")), instant(rs.getTimestamp("last_success_at")),
                instant(rs.getTimestamp("expires_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static byte[] accountKey(Guess guess, String username) {
        return sha256(guess.name() + ":" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    /** The IPv4 address, or the /64 network of an IPv6 address; never a DNS lookup. */
    static String source(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "source:unknown";
        }
        String address = remoteAddress.strip();
        if (IPV4.matcher(address).matches() || !address.contains(":")) {
            return "source:" + address;
        }
        try {
            // A literal with ':' is parsed as an IPv6 address, without asking DNS; IPv4-mapped ones come back as IPv4.
            InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
            if (parsed instanceof Inet6Address) {
                return "source:" + HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return "source:" + parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return "source:" + address;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
