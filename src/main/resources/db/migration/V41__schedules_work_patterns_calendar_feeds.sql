-- Combined schedules (issue 14, item 7; decision 89): a participant's work pattern per placement (proposal), and the
-- secret calendar-feed links. Proposals, participants and users are referred to by id only.
CREATE TABLE schedules_work_pattern (
    proposal_id       uuid PRIMARY KEY,
    participant_id    uuid          NOT NULL,
    weekdays          varchar(100)  NOT NULL,
    alternation       varchar(20)   NOT NULL CHECK (alternation IN ('EVERY_WEEK', 'EVERY_OTHER_WEEK')),
    anchor_monday     date          NOT NULL,
    day_part          varchar(20)   NOT NULL CHECK (day_part IN ('FULL_DAY', 'MORNING', 'AFTERNOON')),
    start_time        time          NOT NULL,
    end_time          time          NOT NULL,
    set_by            uuid          NOT NULL,
    set_at            timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 1,
    CHECK (end_time > start_time),
    CHECK (EXTRACT(ISODOW FROM anchor_monday) = 1)
);
CREATE INDEX schedules_work_pattern_participant_idx ON schedules_work_pattern (participant_id);
COMMENT ON TABLE schedules_work_pattern IS 'Owner: schedules. A participant''s work days on a placement; version is the iCalendar SEQUENCE.';

-- Only the SHA-256 of a feed's token is kept; the token is shown once. One feed in force per user.
CREATE TABLE schedules_calendar_feed (
    id             uuid PRIMARY KEY,
    owner_user_id  uuid          NOT NULL,
    kind           varchar(20)   NOT NULL CHECK (kind IN ('PARTICIPANT', 'SUPERVISOR', 'TEACHER')),
    token_sha256   bytea         NOT NULL,
    created_at     timestamptz   NOT NULL,
    revoked_at     timestamptz
);
CREATE UNIQUE INDEX schedules_calendar_feed_token_uq ON schedules_calendar_feed (token_sha256);
CREATE UNIQUE INDEX schedules_calendar_feed_one_open_uq ON schedules_calendar_feed (owner_user_id)
    WHERE revoked_at IS NULL;
COMMENT ON TABLE schedules_calendar_feed IS 'Owner: schedules. Secret, revocable calendar-feed links; only the token''s SHA-256 is stored.';
