-- Tasks (issue 14): something a named person must do by a date. Opened by a person, or once per source by another
-- module (an action agreed on a check-in, a meeting's decision, a reminder).
CREATE TABLE task (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL,
    title           varchar(200)  NOT NULL,
    description     varchar(2000),
    owner_id        uuid          NOT NULL,
    participant_id  uuid,
    due_date        date          NOT NULL,
    status          varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    source_kind     varchar(40),
    source_id       uuid,
    created_by      uuid,
    created_at      timestamptz   NOT NULL,
    completed_by    uuid,
    completed_at    timestamptz,
    completion_note varchar(1000),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK ((source_kind IS NULL) = (source_id IS NULL)),
    CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
);
CREATE UNIQUE INDEX task_source_idx ON task (source_kind, source_id) WHERE source_kind IS NOT NULL;
CREATE INDEX task_owner_idx ON task (owner_id, status, due_date, id);
CREATE INDEX task_participant_idx ON task (participant_id, status, due_date) WHERE participant_id IS NOT NULL;
CREATE INDEX task_organisation_open_idx ON task (organisation_id, due_date) WHERE status = 'OPEN';
