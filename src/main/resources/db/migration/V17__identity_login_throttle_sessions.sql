-- Login throttling per (account, source address) instead of locking the account, and ending a user's sessions.
--
-- One row per typed username (existing or not) and source address (IPv4 address or IPv6 /64), plus one row per
-- username for all sources that have not signed in to that account lately (source_key = sha256('*')). Both keys are
-- SHA-256 hashes, so the table holds neither usernames (nor passwords typed into the username field) nor addresses in
-- clear. Rows expire (expires_at) and are deleted in small batches by the application.
CREATE TABLE login_throttle (
    account_key     bytea       NOT NULL,
    source_key      bytea       NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    window_start    timestamptz NOT NULL,
    blocked_until   timestamptz,
    last_success_at timestamptz,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (account_key, source_key)
);
CREATE INDEX login_throttle_expires_idx ON login_throttle (expires_at);

-- Sessions that signed in before this moment are no longer valid (password change or reset, "end sessions").
ALTER TABLE user_account ADD COLUMN sessions_valid_from timestamptz;

-- The account lock is gone. The columns stay until no node of the previous version runs (a rolling update would
-- otherwise break the old nodes' queries); a later migration drops them.
COMMENT ON COLUMN user_account.failed_logins IS 'unused since V17 (see login_throttle); to be dropped';
COMMENT ON COLUMN user_account.locked_until IS 'unused since V17 (see login_throttle); to be dropped';
