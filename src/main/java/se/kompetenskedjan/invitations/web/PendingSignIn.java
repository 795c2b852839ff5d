package se.kompetenskedjan.invitations.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * In the session while the person with an invitation signs in at the organisation's identity provider: the link's
 * token and when they left for the provider. Taken (and removed) when they come back; after {@link #VALID_FOR} it no
 * longer counts, so a sign-in much later in the same browser does not take the invitation.
 */
record PendingSignIn(String token, Instant startedAt) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final Duration VALID_FOR = Duration.ofMinutes(30);

    boolean holds(Instant now) {
        return now.isBefore(startedAt.plus(VALID_FOR));
    }
}
