package se.kompetenskedjan.identity;

import java.time.Duration;

/** Too many wrong passwords from this address: the caller must wait before trying again. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration wait;

    public TooManyAttemptsException(Duration wait) {
        super("too many attempts");
        this.wait = wait;
    }

    /** Seconds to wait, rounded up (for Retry-After). */
    public long seconds() {
        return seconds(wait);
    }

    /** Whole minutes to wait, rounded up (for the message). */
    public int minutes() {
        return minutes(wait);
    }

    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    public static int minutes(Duration wait) {
        return (int) Math.min(Integer.MAX_VALUE, (seconds(wait) + 59) / 60);
    }
}
