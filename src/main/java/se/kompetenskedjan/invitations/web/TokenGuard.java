package se.kompetenskedjan.invitations.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits how many links that do not hold one address may try: 20 in 15 minutes, then every link from it is answered
 * "Länken gäller inte längre" until the window ends. Tokens have 256 random bits, so this only keeps a guesser from
 * loading the server; per node, in memory.
 */
@Component
class TokenGuard {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenGuard(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String address) {
        Window window = failures.get(address);
        return window != null && window.count >= LIMIT && clock.instant().isBefore(window.start.plus(WINDOW));
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ADDRESSES) {
            failures.values().removeIf(w -> !now.isBefore(w.start.plus(WINDOW)));
        }
        failures.compute(address, (key, window) -> window == null || !now.isBefore(window.start.plus(WINDOW))
                ? new Window(now, 1) : new Window(window.start, window.count + 1));
    }

    private record Window(Instant start, int count) {
    }
}
