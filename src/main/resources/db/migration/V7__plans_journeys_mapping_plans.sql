-- A participant's journey through a ladder: only the dated events are stored; the current step is derived.
CREATE TABLE journey (
    id              uuid PRIMARY KEY,
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    ladder_id       uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX journey_participant_ladder_uq ON journey (participant_id, ladder_id);
CREATE INDEX journey_ladder_idx ON journey (ladder_id);

CREATE TABLE journey_event (
    id              uuid PRIMARY KEY,
    journey_id      uuid         NOT NULL REFERENCES journey (id),
    sequence        bigint GENERATED ALWAYS AS IDENTITY,
    type            varchar(20)  NOT NULL CHECK (type IN ('ENROLLED','ADVANCED','PAUSED','RESUMED','RETURNED','ENDED_EARLY','COMPLETED','OUTCOME')),
    occurred_on     date         NOT NULL,
    to_step_id      uuid,
    reason          varchar(1000),
    dropout_reason  varchar(30),
    outcome         varchar(40),
    recorded_by     uuid         NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT journey_event_step CHECK ((type IN ('ENROLLED','ADVANCED','RETURNED')) = (to_step_id IS NOT NULL)),
    CONSTRAINT journey_event_dropout CHECK ((type = 'ENDED_EARLY') = (dropout_reason IS NOT NULL)),
    CONSTRAINT journey_event_outcome CHECK ((type = 'OUTCOME') = (outcome IS NOT NULL))
);
CREATE INDEX journey_event_journey_idx ON journey_event (journey_id, occurred_on, sequence);
-- Who stands on which step today: the latest step-entering event per journey (see the list per step).
CREATE INDEX journey_event_step_idx ON journey_event (to_step_id) WHERE to_step_id IS NOT NULL;

-- Mapping (kartläggning): a participant's level on a requirement item, with its source and date; history kept.
CREATE TABLE mapping_entry (
    id              uuid PRIMARY KEY,
    participant_id  uuid         NOT NULL REFERENCES participant (id),
    item_key        uuid         NOT NULL,
    level           integer      NOT NULL CHECK (level BETWEEN 0 AND 3),
    source          varchar(20)  NOT NULL CHECK (source IN ('SELF_ASSESSMENT','STAFF_ASSESSMENT','VALIDATION','CERTIFICATE')),
    assessed_on     date         NOT NULL,
    note            varchar(1000),
    recorded_by     uuid         NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX mapping_entry_participant_idx ON mapping_entry (participant_id, item_key, assessed_on DESC, recorded_at DESC);

-- Individual plan (handlingsplan): one per participant and target profile; every revision is kept whole.
CREATE TABLE plan (
    id                          uuid PRIMARY KEY,
    participant_id              uuid        NOT NULL REFERENCES participant (id),
    target_profile_version_id   uuid        NOT NULL,
    current_revision            integer     NOT NULL DEFAULT 1,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    version                     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX plan_participant_idx ON plan (participant_id);

CREATE TABLE plan_revision (
    plan_id                 uuid        NOT NULL REFERENCES plan (id),
    revision                integer     NOT NULL,
    content                 jsonb       NOT NULL,
    review_on               date,
    agreed_at               timestamptz,
    agreed_by               uuid,
    agreed_by_participant   boolean,
    created_by              uuid        NOT NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, revision)
);
CREATE INDEX plan_revision_review_idx ON plan_revision (review_on);
