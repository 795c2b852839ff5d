-- Append-only record of every read and write of a participant's personal data.
CREATE TABLE audit_entry (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at         timestamptz  NOT NULL DEFAULT now(),
    actor_id            uuid         NOT NULL,
    actor_name          varchar(200) NOT NULL,
    actor_organisation_id uuid       NOT NULL,
    actor_organisation_name varchar(200) NOT NULL,
    action              varchar(30)  NOT NULL,
    participant_id      uuid         NOT NULL,
    participant_organisation_id uuid NOT NULL,
    purpose             varchar(500) NOT NULL,
    detail              varchar(500)
);
CREATE INDEX audit_entry_participant_idx ON audit_entry (participant_id, occurred_at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, occurred_at DESC);
CREATE INDEX audit_entry_org_idx ON audit_entry (participant_organisation_id, occurred_at DESC);
CREATE INDEX audit_entry_actor_org_idx ON audit_entry (actor_organisation_id, occurred_at DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
