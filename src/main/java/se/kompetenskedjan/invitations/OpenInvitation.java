package se.kompetenskedjan.invitations;

import java.time.Instant;

/** What the invitation page shows the person who opened a link that holds: the username and until when it holds. */
public record OpenInvitation(String username, Instant expiresAt) {
}
