package se.kompetenskedjan.invitations.internal;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.shared.ConflictException;

/**
 * One invitation of a participant to set a password: a one-time link whose token is kept only as its SHA-256 hash.
 * PENDING until used, revoked (also by a resend, which issues a new invitation) or past its expiry, when it reads as
 * EXPIRED (and is written so when a new invitation is issued).
 */
@Entity
@Table(name = "participant_invitation")
class Invitation {

    static final Duration VALID_FOR = Duration.ofDays(14);

    enum State { PENDING, USED, REVOKED, EXPIRED }

    /** How a used invitation was taken: a password chosen on the link's page, or a sign-in through the provider. */
    enum Acceptance { PASSWORD, OIDC }

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "token_hash")
    private byte[] tokenHash;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    private boolean emailed;
    @Enumerated(EnumType.STRING)
    @Column(name = "accepted_with")
    private Acceptance acceptedWith;
    @Version
    private long version;

    protected Invitation() {
    }

    static Invitation issue(UUID participantId, byte[] tokenHash, UUID createdBy, Instant now) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.participantId = participantId;
        invitation.tokenHash = tokenHash.clone();
        invitation.state = State.PENDING;
        invitation.createdAt = now;
        invitation.createdBy = createdBy;
        invitation.expiresAt = now.plus(VALID_FOR);
        return invitation;
    }

    /** The state at {@code now}: a pending invitation past its expiry is EXPIRED. */
    State state(Instant now) {
        return state == State.PENDING && !now.isBefore(expiresAt) ? State.EXPIRED : state;
    }

    boolean holds(Instant now) {
        return state(now) == State.PENDING;
    }

    /** Whether the token is this invitation's, compared in constant time. */
    boolean matches(byte[] candidateHash) {
        return MessageDigest.isEqual(tokenHash, candidateHash);
    }

    /** The participant has set their password with the link, or signed in through the provider from it. */
    void use(Instant now, Acceptance how) {
        requireHolds(now);
        state = State.USED;
        closedAt = now;
        acceptedWith = how;
    }

    /** Revoked by the coordinator, by a resend, or as the account stops. */
    void revoke(Instant now) {
        requireHolds(now);
        state = State.REVOKED;
        closedAt = now;
    }

    /** A pending invitation past its expiry is written as EXPIRED (so that a new one may be issued); true if it was. */
    boolean closeIfExpired(Instant now) {
        if (state(now) != State.EXPIRED || state == State.EXPIRED) {
            return false;
        }
        state = State.EXPIRED;
        closedAt = expiresAt;
        return true;
    }

    void markEmailed() {
        emailed = true;
    }

    private void requireHolds(Instant now) {
        if (!holds(now)) {
            throw new ConflictException("invitation.notPending");
        }
    }

    UUID id() {
        return id;
    }

    UUID participantId() {
        return participantId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean emailed() {
        return emailed;
    }
}
