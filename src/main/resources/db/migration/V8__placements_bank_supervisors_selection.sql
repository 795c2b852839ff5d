-- Supervisors (handledare) per unit: training, capacity and willingness. slots_used counts active and agreed
-- placements; the check constraint and a conditional UPDATE keep it within capacity under concurrent requests.
CREATE TABLE supervisor (
    id                      uuid PRIMARY KEY,
    organisation_id         uuid         NOT NULL REFERENCES organisation (id),
    unit_id                 uuid         NOT NULL REFERENCES unit (id),
    user_id                 uuid         REFERENCES user_account (id),
    name                    varchar(200) NOT NULL,
    title                   varchar(200),
    supervisor_training_on  date,
    language_training_on    date,
    capacity                integer      NOT NULL CHECK (capacity BETWEEN 0 AND 10),
    slots_used              integer      NOT NULL DEFAULT 0,
    part_time               boolean      NOT NULL DEFAULT false,
    willing                 boolean      NOT NULL DEFAULT true,
    notes                   varchar(1000),
    lock_version            bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT supervisor_slots CHECK (slots_used >= 0 AND slots_used <= capacity)
);
CREATE INDEX supervisor_unit_idx ON supervisor (unit_id);
CREATE INDEX supervisor_organisation_idx ON supervisor (organisation_id, unit_id);
CREATE UNIQUE INDEX supervisor_user_uq ON supervisor (user_id) WHERE user_id IS NOT NULL;

-- Number of staff at a unit, for the share of staff ready to supervise.
CREATE TABLE unit_staffing (
    unit_id         uuid PRIMARY KEY REFERENCES unit (id),
    staff_count     integer     NOT NULL CHECK (staff_count BETWEEN 0 AND 100000),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- A place at a workplace: internship, shadowing, work training, language internship, entry job, subsidised job or
-- vacancy. seats_taken counts accepted, agreed and active proposals.
CREATE TABLE placement (
    id                      uuid PRIMARY KEY,
    organisation_id         uuid          NOT NULL REFERENCES organisation (id),
    unit_id                 uuid          NOT NULL REFERENCES unit (id),
    type                    varchar(30)   NOT NULL CHECK (type IN ('INTERNSHIP','SHADOWING','WORK_TRAINING','LANGUAGE_INTERNSHIP',
                                                               'ENTRY_JOB','SUBSIDISED_JOB','VACANCY')),
    title                   varchar(200)  NOT NULL,
    description             varchar(4000),
    easy_description        varchar(2000),
    occupation_concept_id   varchar(50),
    occupation_label        varchar(200),
    ssyk_code               varchar(4),
    profile_version_id      uuid,
    item_keys               uuid[]        NOT NULL DEFAULT '{}',
    seats                   integer       NOT NULL CHECK (seats BETWEEN 1 AND 100),
    seats_taken             integer       NOT NULL DEFAULT 0,
    schedule                jsonb         NOT NULL DEFAULT '[]',
    shift                   varchar(20)   NOT NULL CHECK (shift IN ('DAY','EVENING','NIGHT','ROTATING')),
    hours_per_week          integer       CHECK (hours_per_week BETWEEN 1 AND 60),
    starts_on               date          NOT NULL,
    ends_on                 date,
    min_swedish_level       varchar(30)   NOT NULL,
    required_licences       text[]        NOT NULL DEFAULT '{}',
    requires_cycling        boolean       NOT NULL DEFAULT false,
    soft_requirements       varchar(2000),
    street_address          varchar(200),
    postal_code             varchar(10),
    city                    varchar(100),
    latitude                double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude               double precision CHECK (longitude BETWEEN -180 AND 180),
    travel_directions       varchar(1000),
    accessibility_notes     varchar(1000),
    status                  varchar(20)   NOT NULL CHECK (status IN ('DRAFT','OPEN','FULL','PAUSED','CLOSED')),
    sharing                 varchar(20)   NOT NULL CHECK (sharing IN ('OWNER','PARTNERS','REGION')),
    created_by              uuid          NOT NULL,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    lock_version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT placement_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT placement_seats CHECK (seats_taken >= 0 AND seats_taken <= seats),
    CONSTRAINT placement_location CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX placement_organisation_idx ON placement (organisation_id, status, title);
CREATE INDEX placement_unit_idx ON placement (unit_id);
-- The bank and matching read open places near a point: status first, then a bounding box.
CREATE INDEX placement_open_location_idx ON placement (latitude, longitude) WHERE status = 'OPEN';
CREATE INDEX placement_open_sharing_idx ON placement (sharing, starts_on) WHERE status = 'OPEN';

CREATE TABLE placement_partner (
    placement_id    uuid NOT NULL REFERENCES placement (id),
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (placement_id, organisation_id)
);
CREATE INDEX placement_partner_organisation_idx ON placement_partner (organisation_id);

-- Supervisors who may supervise at a placement (of the placement's unit).
CREATE TABLE placement_supervisor (
    placement_id    uuid NOT NULL REFERENCES placement (id),
    supervisor_id   uuid NOT NULL REFERENCES supervisor (id),
    PRIMARY KEY (placement_id, supervisor_id)
);
CREATE INDEX placement_supervisor_supervisor_idx ON placement_supervisor (supervisor_id);

-- A participant's (or their coordinator's) interest in a place from the bank.
CREATE TABLE placement_interest (
    placement_id    uuid         NOT NULL REFERENCES placement (id),
    participant_id  uuid         NOT NULL REFERENCES participant (id),
    note            varchar(1000),
    by_self         boolean      NOT NULL,
    registered_by   uuid         NOT NULL,
    registered_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (placement_id, participant_id)
);
CREATE INDEX placement_interest_participant_idx ON placement_interest (participant_id);

-- Quality notes on places, for coordinators only.
CREATE TABLE placement_quality_note (
    id              uuid PRIMARY KEY,
    placement_id    uuid          NOT NULL REFERENCES placement (id),
    rating          varchar(20)   NOT NULL CHECK (rating IN ('GOOD','LESS_SUITABLE')),
    note            varchar(2000) NOT NULL,
    author_id       uuid          NOT NULL,
    author_name     varchar(200)  NOT NULL,
    author_organisation_id uuid   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX placement_quality_note_placement_idx ON placement_quality_note (placement_id, created_at DESC);

-- The selection workflow: a participant proposed for a place, the employer's review, agreed start, active,
-- completed or ended early. Personal data: every read and write is audited.
CREATE TABLE placement_proposal (
    id                          uuid PRIMARY KEY,
    placement_id                uuid          NOT NULL REFERENCES placement (id),
    participant_id              uuid          NOT NULL REFERENCES participant (id),
    status                      varchar(30)   NOT NULL CHECK (status IN ('PROPOSED','INTERVIEW_REQUESTED','STUDY_VISIT_REQUESTED',
                                                   'ACCEPTED','DECLINED','WITHDRAWN','AGREED','ACTIVE','COMPLETED','ENDED_EARLY')),
    score                       integer       CHECK (score BETWEEN 0 AND 100),
    motivation                  varchar(2000),
    review_note                 varchar(2000),
    decline_reason              varchar(30),
    end_reason                  varchar(30),
    starts_on                   date,
    ends_on                     date,
    supervisor_id               uuid          REFERENCES supervisor (id),
    seat_held                   boolean       NOT NULL DEFAULT false,
    slot_held                   boolean       NOT NULL DEFAULT false,
    goals                       varchar(4000),
    tasks                       varchar(4000),
    hours                       varchar(1000),
    follow_up                   varchar(2000),
    proposed_by                 uuid          NOT NULL,
    proposed_at                 timestamptz   NOT NULL DEFAULT now(),
    updated_at                  timestamptz   NOT NULL DEFAULT now(),
    lock_version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT proposal_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT proposal_declined CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CONSTRAINT proposal_ended CHECK ((status = 'ENDED_EARLY') = (end_reason IS NOT NULL))
);
-- One open proposal per participant and place.
CREATE UNIQUE INDEX placement_proposal_open_uq ON placement_proposal (placement_id, participant_id)
    WHERE status NOT IN ('DECLINED','WITHDRAWN','COMPLETED','ENDED_EARLY');
CREATE INDEX placement_proposal_placement_idx ON placement_proposal (placement_id, status);
CREATE INDEX placement_proposal_participant_idx ON placement_proposal (participant_id, proposed_at DESC);
CREATE INDEX placement_proposal_supervisor_idx ON placement_proposal (supervisor_id) WHERE supervisor_id IS NOT NULL;

-- Every step of a proposal, with who took it.
CREATE TABLE placement_proposal_event (
    id              uuid PRIMARY KEY,
    proposal_id     uuid          NOT NULL REFERENCES placement_proposal (id),
    status          varchar(30)   NOT NULL,
    note            varchar(2000),
    actor_id        uuid          NOT NULL,
    actor_name      varchar(200)  NOT NULL,
    occurred_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX placement_proposal_event_proposal_idx ON placement_proposal_event (proposal_id, occurred_at);

-- Who approved the placement agreement (participant, employer, coordinator); cleared when the agreement changes.
CREATE TABLE placement_agreement_approval (
    proposal_id     uuid          NOT NULL REFERENCES placement_proposal (id),
    party           varchar(20)   NOT NULL CHECK (party IN ('PARTICIPANT','EMPLOYER','COORDINATOR')),
    approved_by     uuid          NOT NULL,
    approved_by_name varchar(200) NOT NULL,
    in_meeting      boolean       NOT NULL DEFAULT false,
    approved_at     timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (proposal_id, party)
);
