package se.kompetenskedjan.invitations;

import java.util.Optional;
import java.util.UUID;

/**
 * The invitations module's public face. The coordinator's methods need the right to change the participant (the
 * participants module's rule) and record one audit entry per request.
 */
public interface Invitations {

    /** The participant's login and invitation. */
    ParticipantAccountView account(UUID participantId);

    /**
     * Invites the participant: a new link that holds for 14 days. 409 when the participant already signs in, or an
     * invitation already holds (send it again or revoke it).
     */
    IssuedInvitation invite(UUID participantId);

    /** A new link for a holding invitation: the old link stops working. 409 when no invitation holds. */
    IssuedInvitation resend(UUID participantId);

    /** The holding invitation stops working. 409 when no invitation holds. */
    ParticipantAccountView revoke(UUID participantId);

    /**
     * Public, for the invitation page (nobody is signed in): the invitation of this link, if it holds. Reveals no
     * more than the username.
     */
    Optional<OpenInvitation> open(String token);

    /**
     * Public: the person with the link sets their password (the password rules apply: InvalidFieldException on
     * "password"); the login is switched on and the link is used up. NotFoundException when the link does not hold.
     */
    OpenInvitation accept(String token, String password);

    /**
     * Public: the person with the link, now signed in through the organisation's identity provider (OIDC), takes the
     * invitation that way: the provider's subject is linked to the participant's login, which is switched on, and the
     * link is used up; recorded in the participant's audit trail as their own change. NotFoundException when the link
     * does not hold or nobody is signed in through OIDC; ConflictException ("invitation.oidc.taken") when the subject
     * already signs in to another account.
     */
    OpenInvitation acceptSignedIn(String token);
}
