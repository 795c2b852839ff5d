package se.kompetenskedjan.invitations;

/** Where a participant's login stands, as the coordinator sees it. */
public enum AccountState {
    /** No login and no invitation that still holds. */
    NONE,
    /** An invitation holds: the participant has not yet set a password. */
    INVITED,
    /** The participant signs in. */
    ACTIVE,
    /** The login exists but no longer works (journey or consent ended, or not yet taken up again). */
    STOPPED
}
