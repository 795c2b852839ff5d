-- Validation certificates (valideringsintyg): what was certified is kept as a snapshot, so later assessments or
-- edits to a checklist never change an issued certificate. Each certificate is also an Open Badges 3.0 credential,
-- signed (VC-JWT, ES256) with the issuing organisation's key.

-- Signing keys per organisation (EC P-256). The private key is stored encrypted (AES-GCM) with the platform's master
-- key (kk.signing.master-key); the public key is published as a JWKS. At most one active key per organisation;
-- retired keys stay so certificates signed with them can still be verified.
CREATE TABLE organisation_signing_key (
    kid                 varchar(64)   PRIMARY KEY,
    organisation_id     uuid          NOT NULL REFERENCES organisation (id),
    public_jwk          text          NOT NULL,
    private_key_sealed  bytea         NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    retired_at          timestamptz
);
CREATE UNIQUE INDEX organisation_signing_key_active_uq ON organisation_signing_key (organisation_id)
    WHERE retired_at IS NULL;
CREATE INDEX organisation_signing_key_org_idx ON organisation_signing_key (organisation_id, created_at);

-- One issued certificate. Personal data: every read and write is audited through the participants module. The id is
-- random (it is the verification URL's secret part).
CREATE TABLE certificate (
    id                  uuid          PRIMARY KEY,
    participant_id      uuid          NOT NULL REFERENCES participant (id),
    organisation_id     uuid          NOT NULL REFERENCES organisation (id),
    checklist_id        uuid          REFERENCES checklist (id),
    placement_id        uuid          NOT NULL REFERENCES placement (id),
    language            varchar(2)    NOT NULL CHECK (language IN ('sv','en')),
    title               varchar(300)  NOT NULL,
    content             jsonb         NOT NULL,
    credential_jwt      text          NOT NULL,
    signing_kid         varchar(64)   NOT NULL REFERENCES organisation_signing_key (kid),
    issued_by           uuid          NOT NULL REFERENCES user_account (id),
    issued_by_name      varchar(200)  NOT NULL,
    issued_at           timestamptz   NOT NULL,
    revoked_at          timestamptz,
    revoked_by          uuid          REFERENCES user_account (id),
    revoked_by_name     varchar(200),
    revocation_reason   varchar(500),
    CONSTRAINT certificate_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)
        AND (revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certificate_participant_idx ON certificate (participant_id, issued_at DESC);
CREATE INDEX certificate_organisation_idx ON certificate (organisation_id, issued_at DESC);

-- An issued certificate's content never changes; only its revocation may be recorded, once.
CREATE FUNCTION certificate_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'certificate % cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.revoked_at IS NOT NULL
       OR (NEW.id, NEW.participant_id, NEW.organisation_id, NEW.checklist_id, NEW.placement_id, NEW.language,
           NEW.title, NEW.content, NEW.credential_jwt, NEW.signing_kid, NEW.issued_by, NEW.issued_at)
          IS DISTINCT FROM
          (OLD.id, OLD.participant_id, OLD.organisation_id, OLD.checklist_id, OLD.placement_id, OLD.language,
           OLD.title, OLD.content, OLD.credential_jwt, OLD.signing_kid, OLD.issued_by, OLD.issued_at) THEN
        RAISE EXCEPTION 'certificate % is final', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER certificate_final BEFORE UPDATE OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION certificate_is_final();
