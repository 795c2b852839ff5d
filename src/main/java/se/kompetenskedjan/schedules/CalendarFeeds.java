package se.kompetenskedjan.schedules;

import java.util.Optional;

/**
 * The signed-in user's secret calendar link (participants, supervisors and teachers): created (revoking any earlier
 * one) and revoked by its owner. Only the token's SHA-256 is kept. The feed is read without signing in, with the
 * owner's rights at that moment; each participant whose data it shows gets one audit entry in the owner's name.
 */
public interface CalendarFeeds {

    /** The user's feed in force, without its token. */
    Optional<FeedLink> mine();

    /** A new link (the path /kalender/{token}.ics), revoking the one in force; 403 for roles without a feed. */
    FeedLink create();

    /** Revokes the link in force; nothing happens when there is none. */
    void revoke();

    /** The feed's iCalendar text, or empty when the token is unknown or revoked, or its owner may no longer sign in. */
    Optional<String> render(String token);

    /** Whether the signed-in user's role has a feed. */
    boolean offered();
}
