-- Rotating an organisation's certificate signing key (validation): retiring the active key records why, who and
-- (optionally) a note. ROUTINE: certificates signed with the key keep verifying. COMPROMISED: the key is withdrawn;
-- certificates signed with it no longer verify as genuine and its public key leaves the published JWKS.

-- A key retired before this migration (there was no way to do so but by hand) counts as a routine retirement.
ALTER TABLE organisation_signing_key
    ADD COLUMN retire_reason varchar(20) CHECK (retire_reason IN ('ROUTINE', 'COMPROMISED')),
    ADD COLUMN retire_note   varchar(500),
    ADD COLUMN retired_by    uuid REFERENCES user_account (id);

UPDATE organisation_signing_key SET retire_reason = 'ROUTINE' WHERE retired_at IS NOT NULL;

ALTER TABLE organisation_signing_key
    ADD CONSTRAINT organisation_signing_key_retired CHECK ((retired_at IS NULL) = (retire_reason IS NULL)
        AND (retired_at IS NOT NULL OR (retire_note IS NULL AND retired_by IS NULL)));

-- The keys page counts the certificates each key signed; the verification looks the key up by kid (primary key).
CREATE INDEX certificate_signing_kid_idx ON certificate (signing_kid);
