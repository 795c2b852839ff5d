-- Follow-up rhythm and check-ins (issue 14, item 2; decision 83).

-- How often a participant on a step of a ladder is followed up. step_id NULL: the rule for the weeks after a journey
-- of the ladder ends with a regular job (weeks_after_job). No row for a step: weekly.
CREATE TABLE followup_rhythm (
    ladder_id       uuid        NOT NULL,
    step_id         uuid,
    frequency       text        NOT NULL CHECK (frequency IN ('WEEKLY', 'EVERY_OTHER_WEEK', 'MONTHLY', 'NONE')),
    weeks_after_job int         CHECK (weeks_after_job BETWEEN 1 AND 104),
    saved_by        uuid        NOT NULL,
    saved_at        timestamptz NOT NULL,
    CONSTRAINT followup_rhythm_after_job CHECK ((step_id IS NULL) = (weeks_after_job IS NOT NULL))
);
CREATE UNIQUE INDEX followup_rhythm_uq ON followup_rhythm (ladder_id, COALESCE(step_id, '00000000-0000-0000-0000-000000000000'));

-- This module's copy of the journeys' dated events (the plans module publishes them), to compute which periods a
-- participant was due a check-in in, for many participants in one query. Idempotent by its natural key.
CREATE TABLE followup_journey_event (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journey_id     uuid NOT NULL,
    participant_id uuid NOT NULL,
    ladder_id      uuid NOT NULL,
    type           text NOT NULL CHECK (type IN ('ENROLLED', 'STEP_ENTERED', 'PAUSED', 'RESUMED', 'ENDED', 'OUTCOME')),
    occurred_on    date NOT NULL,
    step_id        uuid,
    outcome        text
);
CREATE UNIQUE INDEX followup_journey_event_uq ON followup_journey_event
    (journey_id, type, occurred_on, COALESCE(step_id, '00000000-0000-0000-0000-000000000000'), COALESCE(outcome, ''));
CREATE INDEX followup_journey_event_participant ON followup_journey_event (participant_id);

-- This module's copy of who supervises whom (the placements module publishes it).
CREATE TABLE followup_supervision (
    id             uuid PRIMARY KEY,
    participant_id uuid NOT NULL,
    supervisor_id  uuid NOT NULL,
    starts_on      date NOT NULL,
    ends_on        date
);
CREATE INDEX followup_supervision_participant ON followup_supervision (participant_id);
CREATE INDEX followup_supervision_supervisor ON followup_supervision (supervisor_id);

-- One-time copy of what happened before this module listened (the events of earlier journeys and supervisions were
-- published before these tables existed); from here on the listeners keep the copies.
INSERT INTO followup_journey_event (journey_id, participant_id, ladder_id, type, occurred_on, step_id, outcome)
SELECT e.journey_id, j.participant_id, j.ladder_id,
       CASE e.type WHEN 'ADVANCED' THEN 'STEP_ENTERED' WHEN 'RETURNED' THEN 'STEP_ENTERED'
                   WHEN 'ENDED_EARLY' THEN 'ENDED' WHEN 'COMPLETED' THEN 'ENDED' ELSE e.type END,
       e.occurred_on, e.to_step_id, e.outcome
  FROM journey_event e JOIN journey j ON j.id = e.journey_id
 ORDER BY e.occurred_on, e.sequence
    ON CONFLICT DO NOTHING;
INSERT INTO followup_supervision (id, participant_id, supervisor_id, starts_on, ends_on)
SELECT id, participant_id, supervisor_id, starts_on, ends_on FROM supervision;

-- A check-in: one per participant, audience and period (the period's first and last Swedish date), answering one
-- version of a battery. answers: [{questionKey, value}] as validated against that version.
CREATE TABLE followup_checkin (
    id              uuid        PRIMARY KEY,
    participant_id  uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    audience        text        NOT NULL CHECK (audience IN ('PARTICIPANT', 'SUPERVISOR')),
    frequency       text        NOT NULL,
    period_start    date        NOT NULL,
    period_end      date        NOT NULL,
    battery_id      uuid        NOT NULL,
    battery_version int         NOT NULL,
    answers         jsonb       NOT NULL,
    obstacles       text[]      NOT NULL DEFAULT '{}',
    obstacle_note   text,
    language        text        NOT NULL,
    answered_by     uuid        NOT NULL,
    answered_at     timestamptz NOT NULL,
    review_note     text,
    reviewed_by     uuid,
    reviewed_at     timestamptz,
    FOREIGN KEY (battery_id, battery_version) REFERENCES checkin_battery_version (battery_id, version),
    CONSTRAINT followup_checkin_period CHECK (period_end >= period_start)
);
CREATE UNIQUE INDEX followup_checkin_uq ON followup_checkin (participant_id, audience, period_start);
CREATE INDEX followup_checkin_answered_by ON followup_checkin (answered_by, period_start);

-- Why a check-in needs the coordinator's eye: a red light, a 1 on a scale, an obstacle. Open until turned into an
-- action (a task of the tasks module) or closed with a note.
CREATE TABLE followup_checkin_flag (
    id             uuid        PRIMARY KEY,
    checkin_id     uuid        NOT NULL REFERENCES followup_checkin (id),
    participant_id uuid        NOT NULL,
    reason         text        NOT NULL CHECK (reason IN ('RED_LIGHT', 'LOWEST_SCALE', 'OBSTACLE')),
    question_key   uuid,
    obstacle       text        CHECK (obstacle IN ('ABSENCE', 'LATENESS', 'CONFLICT', 'HEALTH', 'TRAVEL', 'CHILDCARE', 'MONEY')),
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACTION', 'CLOSED')),
    task_id        uuid,
    note           text,
    handled_by     uuid,
    handled_at     timestamptz
);
CREATE INDEX followup_checkin_flag_checkin ON followup_checkin_flag (checkin_id);
CREATE INDEX followup_checkin_flag_open ON followup_checkin_flag (participant_id) WHERE status = 'OPEN';
