-- Ladders (kompetenstrappa / kompetenskedja): ordered steps from far outside the labour market to a job.
-- Templates (template = true, no organisation) are platform reference data that organisations copy and adapt.
CREATE TABLE ladder (
    id              uuid PRIMARY KEY,
    organisation_id uuid         REFERENCES organisation (id),
    template        boolean      NOT NULL DEFAULT false,
    copied_from     uuid         REFERENCES ladder (id),
    name            varchar(200) NOT NULL,
    easy_name       varchar(200),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT ladder_owner CHECK (template = (organisation_id IS NULL))
);
CREATE INDEX ladder_org_idx ON ladder (organisation_id);

CREATE TABLE ladder_step (
    id                 uuid PRIMARY KEY,
    ladder_id          uuid          NOT NULL REFERENCES ladder (id) ON DELETE CASCADE,
    position           integer       NOT NULL CHECK (position >= 1),
    name               varchar(200)  NOT NULL,
    easy_name          varchar(200),
    description        varchar(2000),
    type               varchar(30)   NOT NULL CHECK (type IN ('INTRODUCTION','PRE_TRACK','SHADOWING','INTERNSHIP',
                                                             'WORK_TRAINING','SUBSIDISED_EMPLOYMENT',
                                                             'REGULAR_EMPLOYMENT','EDUCATION','OTHER')),
    -- The exit requirement: a published profile version (and optionally a subset of its items, below)
    profile_version_id uuid          REFERENCES requirement_profile_version (id),
    typical_weeks      integer       CHECK (typical_weeks BETWEEN 1 AND 104),
    -- A guard against lock-in: nobody should stay on a step longer than this
    max_weeks          integer       CHECK (max_weeks BETWEEN 1 AND 104),
    decider            varchar(30)   NOT NULL CHECK (decider IN ('COORDINATOR','SUPERVISOR','EMPLOYER_MANAGER',
                                                                'TEACHER','JOINT')),
    side_track         boolean       NOT NULL DEFAULT false,
    CONSTRAINT ladder_step_weeks CHECK (typical_weeks IS NULL OR max_weeks IS NULL OR typical_weeks <= max_weeks),
    CONSTRAINT ladder_step_position_uq UNIQUE (ladder_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ladder_step_profile_version_idx ON ladder_step (profile_version_id);

-- The subset of the profile version's items that must be reached to leave the step (none: all items).
CREATE TABLE ladder_step_exit_item (
    step_id  uuid NOT NULL REFERENCES ladder_step (id) ON DELETE CASCADE,
    item_key uuid NOT NULL,
    PRIMARY KEY (step_id, item_key)
);

-- Branches: the steps a step may lead to (always later steps of the same ladder, so a ladder has no cycles).
CREATE TABLE ladder_step_next (
    step_id      uuid NOT NULL REFERENCES ladder_step (id) ON DELETE CASCADE,
    next_step_id uuid NOT NULL REFERENCES ladder_step (id) ON DELETE CASCADE,
    PRIMARY KEY (step_id, next_step_id),
    CONSTRAINT ladder_step_next_not_self CHECK (step_id <> next_step_id)
);
CREATE INDEX ladder_step_next_target_idx ON ladder_step_next (next_step_id);
