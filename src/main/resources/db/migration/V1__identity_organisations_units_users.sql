-- Organisations taking part in the collaboration, their workplaces (units) and staff accounts.
CREATE TABLE organisation (
    id              uuid PRIMARY KEY,
    name            varchar(200) NOT NULL,
    type            varchar(40)  NOT NULL CHECK (type IN ('MUNICIPALITY','PUBLIC_EMPLOYMENT_SERVICE','SOCIAL_INSURANCE_AGENCY',
                                                        'ADULT_EDUCATION','PRIVATE_EMPLOYER','CIVIL_SOCIETY','REGION')),
    org_number      varchar(11),
    municipality    varchar(100),
    platform_host   boolean      NOT NULL DEFAULT false,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_name_uq ON organisation (lower(name));

CREATE TABLE unit (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    name            varchar(200) NOT NULL,
    kind            varchar(40)  NOT NULL,
    address         varchar(200),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX unit_organisation_idx ON unit (organisation_id);
CREATE UNIQUE INDEX unit_name_per_org_uq ON unit (organisation_id, lower(name));

CREATE TABLE user_account (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    unit_id         uuid         REFERENCES unit (id),
    username        varchar(100) NOT NULL,
    display_name    varchar(200) NOT NULL,
    email           varchar(200),
    password_hash   varchar(255),
    role            varchar(30)  NOT NULL CHECK (role IN ('ADMIN','COORDINATOR','EMPLOYER_MANAGER','SUPERVISOR','TEACHER','ANALYST','PARTICIPANT')),
    participant_id  uuid,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_logins   integer      NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT participant_account_has_participant CHECK ((role = 'PARTICIPANT') = (participant_id IS NOT NULL))
);
CREATE UNIQUE INDEX user_account_username_uq ON user_account (lower(username));
CREATE INDEX user_account_org_role_idx ON user_account (organisation_id, role);
CREATE UNIQUE INDEX user_account_participant_uq ON user_account (participant_id) WHERE participant_id IS NOT NULL;
