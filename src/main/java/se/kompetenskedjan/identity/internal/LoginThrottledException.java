package se.kompetenskedjan.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;
import se.kompetenskedjan.identity.TooManyAttemptsException;

/** A password login refused without checking the password: too many attempts (see LoginThrottle). */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("too many login attempts");
        this.wait = wait;
    }

    long seconds() {
        return TooManyAttemptsException.seconds(wait);
    }

    int minutes() {
        return TooManyAttemptsException.minutes(wait);
    }
}
