-- Education (issue 14, item 6): providers' courses, occasions with their sessions, enrolments, attendance and results.
-- A provider is an organisation (identity); participants are referred to by id only (participants module).
CREATE TABLE education_course (
    id                       uuid PRIMARY KEY,
    provider_organisation_id uuid          NOT NULL,
    name                     varchar(200)  NOT NULL,
    kind                     varchar(30)   NOT NULL,
    description              varchar(4000),
    swedish_level            varchar(30),
    created_by               uuid          NOT NULL,
    created_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0
);
CREATE INDEX education_course_provider_idx ON education_course (provider_organisation_id, name);
CREATE INDEX education_course_name_idx ON education_course (name, id);

-- The schedule's pattern (weekdays, times, place) is kept beside the sessions it generated, which are then edited
-- one by one (cancelled).
CREATE TABLE education_occasion (
    id                       uuid PRIMARY KEY,
    course_id                uuid          NOT NULL REFERENCES education_course (id),
    provider_organisation_id uuid          NOT NULL,
    starts_on                date          NOT NULL,
    ends_on                  date          NOT NULL,
    seats                    integer       NOT NULL CHECK (seats > 0),
    weekdays                 varchar(100)  NOT NULL,
    start_time               time          NOT NULL,
    end_time                 time          NOT NULL,
    place                    varchar(200)  NOT NULL,
    created_by               uuid          NOT NULL,
    created_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK (end_time > start_time)
);
CREATE INDEX education_occasion_course_idx ON education_occasion (course_id, starts_on);

CREATE TABLE education_occasion_teacher (
    occasion_id uuid NOT NULL REFERENCES education_occasion (id),
    teacher_id  uuid NOT NULL,
    PRIMARY KEY (occasion_id, teacher_id)
);
CREATE INDEX education_occasion_teacher_idx ON education_occasion_teacher (teacher_id, occasion_id);

CREATE TABLE education_session (
    id            uuid PRIMARY KEY,
    occasion_id   uuid          NOT NULL REFERENCES education_occasion (id),
    on_date       date          NOT NULL,
    start_time    time          NOT NULL,
    end_time      time          NOT NULL,
    place         varchar(200)  NOT NULL,
    cancelled     boolean       NOT NULL DEFAULT false,
    cancel_reason varchar(500),
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX education_session_occasion_idx ON education_session (occasion_id, on_date, start_time);
CREATE INDEX education_session_date_idx ON education_session (on_date, occasion_id);

CREATE TABLE education_enrolment (
    id                          uuid PRIMARY KEY,
    occasion_id                 uuid          NOT NULL REFERENCES education_occasion (id),
    participant_id              uuid          NOT NULL,
    participant_organisation_id uuid          NOT NULL,
    from_date                   date          NOT NULL,
    ended_on                    date,
    end_reason                  varchar(20),
    enrolled_by                 uuid          NOT NULL,
    enrolled_at                 timestamptz   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX education_enrolment_one_open_idx ON education_enrolment (occasion_id, participant_id)
    WHERE ended_on IS NULL;
CREATE INDEX education_enrolment_occasion_idx ON education_enrolment (occasion_id, from_date);
CREATE INDEX education_enrolment_participant_idx ON education_enrolment (participant_id, from_date DESC);

CREATE TABLE education_attendance (
    session_id   uuid         NOT NULL REFERENCES education_session (id),
    enrolment_id uuid         NOT NULL REFERENCES education_enrolment (id),
    status       varchar(20)  NOT NULL,
    recorded_by  uuid         NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX education_attendance_enrolment_idx ON education_attendance (enrolment_id);

CREATE TABLE education_result (
    enrolment_id uuid PRIMARY KEY REFERENCES education_enrolment (id),
    outcome      varchar(20)  NOT NULL,
    grade        varchar(100),
    decided_on   date         NOT NULL,
    recorded_by  uuid         NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX education_occasion_open_idx ON education_occasion (ends_on, starts_on);
