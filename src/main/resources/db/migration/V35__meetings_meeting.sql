-- Meetings (issue 14, item 8): steering group, working group, workplace meetings (APT) and three-party follow-up
-- meetings about one participant; agenda, notes after the meeting, and decisions that become tasks (tasks module).
-- Date, start and end are Swedish local time as plain fields, for start pages and calendar feeds.
CREATE TABLE meeting (
    id                        uuid PRIMARY KEY,
    kind                      varchar(30)   NOT NULL CHECK (kind IN ('STEERING_GROUP', 'WORKING_GROUP',
                                                                     'WORKPLACE_MEETING', 'THREE_PARTY_FOLLOW_UP')),
    title                     varchar(200)  NOT NULL,
    meeting_date              date          NOT NULL,
    starts_at                 time          NOT NULL,
    ends_at                   time          NOT NULL,
    place                     varchar(300),
    video_link                varchar(500),
    organiser_organisation_id uuid          NOT NULL,
    participant_id            uuid,
    status                    varchar(10)   NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    notes                     varchar(20000),
    cancel_reason             varchar(500),
    created_by                uuid          NOT NULL,
    created_at                timestamptz   NOT NULL,
    changed_at                timestamptz,
    version                   bigint        NOT NULL DEFAULT 0,
    title_search              tsvector GENERATED ALWAYS AS (to_tsvector('swedish', title)) STORED,
    CHECK (ends_at > starts_at),
    CHECK ((kind = 'THREE_PARTY_FOLLOW_UP') = (participant_id IS NOT NULL)),
    CHECK (place IS NOT NULL OR video_link IS NOT NULL)
);
CREATE INDEX meeting_organiser_date_idx ON meeting (organiser_organisation_id, meeting_date, starts_at);
CREATE INDEX meeting_created_by_idx ON meeting (created_by, meeting_date);
CREATE INDEX meeting_participant_idx ON meeting (participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX meeting_title_search_idx ON meeting USING GIN (title_search);

CREATE TABLE meeting_attendee (
    meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL,
    PRIMARY KEY (meeting_id, user_id)
);
CREATE INDEX meeting_attendee_user_idx ON meeting_attendee (user_id, meeting_id);

CREATE TABLE meeting_agenda_item (
    meeting_id uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    text       varchar(500) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_decision (
    id          uuid PRIMARY KEY,
    meeting_id  uuid          NOT NULL REFERENCES meeting (id),
    text        varchar(2000) NOT NULL,
    owner_id    uuid          NOT NULL,
    due_date    date          NOT NULL,
    recorded_by uuid          NOT NULL,
    recorded_at timestamptz   NOT NULL,
    text_search tsvector GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED
);
CREATE INDEX meeting_decision_meeting_idx ON meeting_decision (meeting_id, recorded_at);
CREATE INDEX meeting_decision_owner_idx ON meeting_decision (owner_id, due_date);
CREATE INDEX meeting_decision_search_idx ON meeting_decision USING GIN (text_search);
