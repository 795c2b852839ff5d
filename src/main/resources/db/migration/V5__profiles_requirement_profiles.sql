-- Requirement profiles (kravprofiler): an employer's requirements for an occupation, versioned.
-- A profile is a stable identity; its content lives in versions. Only a DRAFT version changes; publishing freezes
-- it for good (plans keep the version they were made against). Not personal data.
CREATE TABLE requirement_profile (
    id              uuid PRIMARY KEY,
    -- NULL: a platform profile (part of the ladder templates), managed by the platform host's admins
    organisation_id uuid         REFERENCES organisation (id),
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX requirement_profile_org_idx ON requirement_profile (organisation_id);

CREATE TABLE requirement_profile_version (
    id                    uuid PRIMARY KEY,
    profile_id            uuid         NOT NULL REFERENCES requirement_profile (id),
    version_number        integer      NOT NULL CHECK (version_number >= 1),
    status                varchar(16)  NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','RETIRED')),
    title                 varchar(200) NOT NULL,
    easy_title            varchar(200),
    -- The occupation as plain fields (JobTech Taxonomy concept id, label, SSYK 2012 code)
    occupation_concept_id varchar(20)  CHECK (occupation_concept_id ~ '^[A-Za-z0-9_]{4,20}$'),
    occupation_label      varchar(200),
    ssyk_code             varchar(4)   CHECK (ssyk_code ~ '^[0-9]{4}$'),
    published_at          timestamptz,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    lock_version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT requirement_profile_version_number_uq UNIQUE (profile_id, version_number),
    CONSTRAINT requirement_profile_version_published CHECK ((status = 'DRAFT') = (published_at IS NULL))
);
-- At most one draft per profile at a time.
CREATE UNIQUE INDEX requirement_profile_one_draft_uq ON requirement_profile_version (profile_id) WHERE status = 'DRAFT';

-- One requirement of one version. item_key is stable across the versions of one profile (copied into each new
-- version); a participant's levels are kept per item_key. id is the row of this version.
CREATE TABLE requirement_item (
    id               uuid PRIMARY KEY,
    version_id       uuid         NOT NULL REFERENCES requirement_profile_version (id) ON DELETE CASCADE,
    item_key         uuid         NOT NULL,
    position         integer      NOT NULL,
    type             varchar(20)  NOT NULL CHECK (type IN ('KNOWLEDGE','SKILL','BEHAVIOUR','SWEDISH_LANGUAGE',
                                                          'OTHER_LANGUAGE','CERTIFICATE','PRACTICAL')),
    text             varchar(500) NOT NULL,
    easy_text        varchar(500) NOT NULL,
    -- The one level scale: 0 not started, 1 with much support, 2 with some support, 3 independently;
    -- certificates and practical items: 0 no, 3 yes.
    target_level     integer      NOT NULL CHECK (target_level BETWEEN 0 AND 3),
    mandatory        boolean      NOT NULL,
    skill_concept_id varchar(20)  CHECK (skill_concept_id ~ '^[A-Za-z0-9_]{4,20}$'),
    skill_label      varchar(200),
    CONSTRAINT requirement_item_key_per_version_uq UNIQUE (version_id, item_key),
    CONSTRAINT requirement_item_yes_no CHECK (type NOT IN ('CERTIFICATE','PRACTICAL') OR target_level IN (0, 3))
);
CREATE INDEX requirement_item_key_idx ON requirement_item (item_key);

-- The tasks of the job (arbetsuppgifter) in one version, and which items each task needs.
CREATE TABLE profile_task (
    id          uuid PRIMARY KEY,
    version_id  uuid         NOT NULL REFERENCES requirement_profile_version (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    text        varchar(500) NOT NULL,
    easy_text   varchar(500) NOT NULL
);
CREATE INDEX profile_task_version_idx ON profile_task (version_id);

CREATE TABLE profile_task_item (
    task_id  uuid NOT NULL REFERENCES profile_task (id) ON DELETE CASCADE,
    item_key uuid NOT NULL,
    PRIMARY KEY (task_id, item_key)
);
