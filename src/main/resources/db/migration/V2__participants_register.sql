CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The participant register. Personal data: every read and write is audited by the application.
CREATE TABLE participant (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid         NOT NULL REFERENCES organisation (id),
    coordinator_id      uuid         REFERENCES user_account (id),
    first_name          varchar(100) NOT NULL,
    last_name           varchar(100) NOT NULL,
    personnummer        varchar(13),
    reserve_identity    varchar(40),
    email               varchar(200),
    phone               varchar(40),
    street_address      varchar(200),
    postal_code         varchar(10),
    city                varchar(100),
    gender              varchar(20)  NOT NULL CHECK (gender IN ('WOMAN','MAN','NON_BINARY','UNSPECIFIED')),
    birth_year          integer      CHECK (birth_year BETWEEN 1900 AND 2100),
    languages           text[]       NOT NULL DEFAULT '{}',
    swedish_level       varchar(20)  NOT NULL,
    education_level     varchar(30)  NOT NULL,
    education_notes     varchar(1000),
    referral_source     varchar(40)  NOT NULL,
    income_source       varchar(40)  NOT NULL,
    needs_childcare     boolean      NOT NULL DEFAULT false,
    travel_notes        varchar(500),
    can_cycle           boolean      NOT NULL DEFAULT false,
    driving_licences    text[]       NOT NULL DEFAULT '{}',
    interests           varchar(1000),
    status              varchar(30)  NOT NULL,
    search_name         varchar(201) GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT participant_has_identity CHECK (personnummer IS NOT NULL OR reserve_identity IS NOT NULL)
);
CREATE UNIQUE INDEX participant_personnummer_uq ON participant (personnummer) WHERE personnummer IS NOT NULL;
CREATE INDEX participant_org_status_idx ON participant (organisation_id, status, last_name, first_name);
CREATE INDEX participant_coordinator_idx ON participant (coordinator_id);
CREATE INDEX participant_search_name_trgm ON participant USING gin (search_name gin_trgm_ops);

ALTER TABLE user_account ADD CONSTRAINT user_account_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id);

-- Consent: which organisations besides the owner may see the participant, for what purpose and how long.
CREATE TABLE consent (
    id              uuid PRIMARY KEY,
    participant_id  uuid          NOT NULL REFERENCES participant (id),
    purpose         varchar(500)  NOT NULL,
    given_on        date          NOT NULL,
    valid_until     date          NOT NULL,
    withdrawn_at    timestamptz,
    recorded_by     uuid          NOT NULL REFERENCES user_account (id),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT consent_period CHECK (valid_until >= given_on)
);
CREATE INDEX consent_participant_idx ON consent (participant_id);

CREATE TABLE consent_organisation (
    consent_id      uuid NOT NULL REFERENCES consent (id),
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (consent_id, organisation_id)
);
CREATE INDEX consent_organisation_org_idx ON consent_organisation (organisation_id);

-- Who supervises a participant at a workplace; a supervisor sees only the participants assigned here.
CREATE TABLE supervision (
    id              uuid PRIMARY KEY,
    participant_id  uuid NOT NULL REFERENCES participant (id),
    supervisor_id   uuid NOT NULL REFERENCES user_account (id),
    unit_id         uuid REFERENCES unit (id),
    starts_on       date NOT NULL,
    ends_on         date,
    CONSTRAINT supervision_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX supervision_supervisor_idx ON supervision (supervisor_id, participant_id);
CREATE INDEX supervision_participant_idx ON supervision (participant_id);
