package se.kompetenskedjan.invitations;

import java.time.Instant;

/**
 * A new invitation: the one-time link (shown only now; only a hash of it is kept), until when it holds, and whether
 * it was e-mailed to the participant.
 */
public record IssuedInvitation(ParticipantAccountView account, String link, Instant expiresAt, boolean emailed) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + account.participantId() + ", expiresAt=" + expiresAt + "]";
    }
}
