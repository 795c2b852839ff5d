-- Invitations of participants to set a password (the invitations module). The one-time token is kept only as its
-- SHA-256 hash; a PENDING invitation past expires_at reads as expired, and is written EXPIRED when a new one is issued. At most one pending
-- invitation per participant: a resend revokes the old one in the same transaction before it issues a new one.
CREATE TABLE participant_invitation (
    id              uuid PRIMARY KEY,
    participant_id  uuid        NOT NULL,
    token_hash      bytea       NOT NULL,
    state           varchar(10) NOT NULL CHECK (state IN ('PENDING', 'USED', 'REVOKED', 'EXPIRED')),
    created_at      timestamptz NOT NULL,
    created_by      uuid        NOT NULL,
    expires_at      timestamptz NOT NULL,
    closed_at       timestamptz,
    emailed         boolean     NOT NULL DEFAULT false,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT participant_invitation_hash_length CHECK (octet_length(token_hash) = 32),
    CONSTRAINT participant_invitation_closed CHECK ((state = 'PENDING') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX participant_invitation_token_uq ON participant_invitation (token_hash);
CREATE UNIQUE INDEX participant_invitation_one_pending_uq ON participant_invitation (participant_id) WHERE state = 'PENDING';
