package se.kompetenskedjan.invitations;

import java.io.Serializable;
import java.time.Instant;

/**
 * A new invitation: the one-time link (shown only now; only a hash of it is kept), until when it holds, and whether
 * it was e-mailed to the participant. Serializable: the page shows it after a redirect, as a flash attribute in the
 * session, which is stored in PostgreSQL (decision 86).
 */
public record IssuedInvitation(ParticipantAccountView account, String link, Instant expiresAt, boolean emailed)
        implements Serializable {

    @Override
    public String toString() {
        return "IssuedInvitation[" + account.participantId() + ", expiresAt=" + expiresAt + "]";
    }
}
