-- Projects (issue 15, item 1; decision 99): a named set of ladders and participants over a period, run by an
-- organisation, e.g. an ESF+ project with its funder's reference. Participants are taken in and removed with dates;
-- a removal closes the membership row, never deletes it, so the project's history stays as it was.
CREATE TABLE project (
    id                uuid PRIMARY KEY,
    organisation_id   uuid         NOT NULL,
    name              varchar(200) NOT NULL,
    funder            varchar(100),
    funder_reference  varchar(100),
    period_from       date         NOT NULL,
    period_to         date,
    created_by        uuid         NOT NULL,
    created_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT project_period CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX project_organisation_idx ON project (organisation_id, period_from DESC, id);
CREATE INDEX project_listing_idx ON project (period_from DESC, id);

CREATE TABLE project_ladder (
    project_id  uuid NOT NULL REFERENCES project (id),
    ladder_id   uuid NOT NULL,
    PRIMARY KEY (project_id, ladder_id)
);

CREATE TABLE project_participant (
    id              uuid PRIMARY KEY,
    project_id      uuid        NOT NULL REFERENCES project (id),
    participant_id  uuid        NOT NULL,
    taken_in_on     date        NOT NULL,
    taken_in_by     uuid        NOT NULL,
    removed_on      date,
    removed_by      uuid,
    CONSTRAINT project_participant_period CHECK (removed_on IS NULL OR removed_on >= taken_in_on),
    CONSTRAINT project_participant_removal CHECK ((removed_on IS NULL) = (removed_by IS NULL))
);
-- one open membership per participant and project; earlier ones stay as history
CREATE UNIQUE INDEX project_participant_open_uq ON project_participant (project_id, participant_id)
    WHERE removed_on IS NULL;
CREATE INDEX project_participant_project_idx ON project_participant (project_id, taken_in_on, id);
CREATE INDEX project_participant_participant_idx ON project_participant (participant_id);
