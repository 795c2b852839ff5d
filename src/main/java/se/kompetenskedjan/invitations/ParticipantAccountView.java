package se.kompetenskedjan.invitations;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant's login and invitation: the state, the username the participant signs in with (once chosen), and
 * while an invitation holds, until when and whether it was e-mailed. Serializable as part of {@link IssuedInvitation}.
 */
public record ParticipantAccountView(UUID participantId, AccountState state, String username,
        Instant invitationExpiresAt, boolean invitationEmailed) implements Serializable {
}
