-- A workplace of an employer that has no account on the platform: an organisation (with one unit, the workplace)
-- registered and managed by a municipality, whose coordinators act for the employer until the employer's contact
-- takes it over. taken_over_at set: the employer has its own account and the municipality's stand-in rights ended.
CREATE TABLE external_workplace (
    organisation_id             uuid PRIMARY KEY REFERENCES organisation (id),
    unit_id                     uuid         NOT NULL REFERENCES unit (id),
    managed_by_organisation_id  uuid         NOT NULL REFERENCES organisation (id),
    contact_name                varchar(200) NOT NULL,
    contact_email               varchar(200),
    contact_phone               varchar(40),
    registered_by               uuid         NOT NULL,
    registered_at               timestamptz  NOT NULL,
    taken_over_at               timestamptz,
    taken_over_by               uuid,
    CONSTRAINT external_workplace_taken_over CHECK ((taken_over_at IS NULL) = (taken_over_by IS NULL))
);
CREATE INDEX external_workplace_manager_idx ON external_workplace (managed_by_organisation_id)
    WHERE taken_over_at IS NULL;
COMMENT ON TABLE external_workplace IS 'Owner: identity. Workplaces without an account, managed by a municipality.';
