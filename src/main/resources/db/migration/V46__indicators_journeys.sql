-- The indicators module's read model of the journeys (issue 15, item 1; decision 93), kept from the plans module's
-- events after commit. The events are copied as they come (idempotent by their natural key); the journey row and
-- its stays are rebuilt from the copies, in order, each time one arrives, so events handled out of order end in the
-- same rows.
CREATE TABLE indicators_journey_event (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journey_id     uuid NOT NULL,
    type           text NOT NULL CHECK (type IN ('ENROLLED', 'STEP_ENTERED', 'PAUSED', 'RESUMED', 'ENDED', 'OUTCOME')),
    occurred_on    date NOT NULL,
    step_id        uuid,
    completed      boolean,
    dropout_reason text,
    outcome        text
);
CREATE UNIQUE INDEX indicators_journey_event_uq ON indicators_journey_event
    (journey_id, type, occurred_on, COALESCE(step_id, '00000000-0000-0000-0000-000000000000'), COALESCE(outcome, ''));

-- One row per journey. The participant's statistical attributes are a snapshot taken at enrolment (through the
-- participants module's StatisticalFacts), so later changes in the register do not rewrite history. No names.
-- entry_status: the income source at entry; age_band: the enrolment year minus the birth year, banded.
CREATE TABLE indicators_journey (
    journey_id      uuid PRIMARY KEY,
    participant_id  uuid NOT NULL,
    organisation_id uuid NOT NULL,
    ladder_id       uuid NOT NULL,
    enrolled_on     date NOT NULL,
    returner        boolean NOT NULL,
    gender          text NOT NULL,
    age_band        text NOT NULL,
    referral_source text NOT NULL,
    swedish_level   text NOT NULL,
    entry_status    text NOT NULL,
    education_level text NOT NULL,
    ended_on        date,
    completed       boolean,
    dropout_reason  text,
    outcome         text,
    outcome_on      date
);
CREATE INDEX indicators_journey_org_enrolled ON indicators_journey (organisation_id, enrolled_on);
CREATE INDEX indicators_journey_org_ended ON indicators_journey (organisation_id, ended_on) WHERE ended_on IS NOT NULL;
CREATE INDEX indicators_journey_enrolled ON indicators_journey (enrolled_on);
CREATE INDEX indicators_journey_ended ON indicators_journey (ended_on) WHERE ended_on IS NOT NULL;
CREATE INDEX indicators_journey_ladder ON indicators_journey (ladder_id);
CREATE INDEX indicators_journey_participant ON indicators_journey (participant_id);

-- A stay on one step: from the day the step was entered to the day it was left (that day is already the next
-- step's, or the day the journey ended). left_to: the step entered next; left_by: STEP, COMPLETED or ENDED_EARLY.
CREATE TABLE indicators_stay (
    journey_id      uuid NOT NULL REFERENCES indicators_journey (journey_id) ON DELETE CASCADE,
    position        int  NOT NULL,
    organisation_id uuid NOT NULL,
    step_id         uuid NOT NULL,
    entered_on      date NOT NULL,
    left_on         date,
    left_to         uuid,
    left_by         text CHECK (left_by IN ('STEP', 'COMPLETED', 'ENDED_EARLY')),
    PRIMARY KEY (journey_id, position),
    CONSTRAINT indicators_stay_left CHECK ((left_on IS NULL) = (left_by IS NULL))
);
CREATE INDEX indicators_stay_org_entered ON indicators_stay (organisation_id, entered_on);
CREATE INDEX indicators_stay_org_left ON indicators_stay (organisation_id, left_on) WHERE left_on IS NOT NULL;
CREATE INDEX indicators_stay_entered ON indicators_stay (entered_on);
CREATE INDEX indicators_stay_left ON indicators_stay (left_on) WHERE left_on IS NOT NULL;
