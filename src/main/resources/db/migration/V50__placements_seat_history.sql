-- Seat history of places (issue 15, item 1; decision 97). A place's seats and status are overwritten on change, so
-- "how many places and seats were offered in March" could not be told later. Every change of seats or status (the
-- opening, a pause, full and open again as seats are taken and freed, the closing) adds a row here, in the same
-- transaction; a row holds from its Swedish date until the next row's. Rows are only added, never changed.
CREATE TABLE placement_seats_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    placement_id    uuid         NOT NULL REFERENCES placement (id),
    organisation_id uuid         NOT NULL,
    valid_from      date         NOT NULL,
    seats           integer      NOT NULL CHECK (seats BETWEEN 1 AND 100),
    status          varchar(20)  NOT NULL CHECK (status IN ('DRAFT','OPEN','FULL','PAUSED','CLOSED')),
    recorded_by     uuid,
    recorded_at     timestamptz  NOT NULL,
    backfilled      boolean      NOT NULL DEFAULT false
);
-- The state of an organisation's places on a day: the last row on or before it, per place.
CREATE INDEX placement_seats_history_org_idx
    ON placement_seats_history (organisation_id, placement_id, valid_from DESC, id DESC);
-- The latest row of a place, compared with the place before a row is added.
CREATE INDEX placement_seats_history_place_idx ON placement_seats_history (placement_id, id DESC);

-- Places that existed before the history: their current seats and status, from the day they were created (the
-- best that is known; marked backfilled).
INSERT INTO placement_seats_history (placement_id, organisation_id, valid_from, seats, status, recorded_by,
                                     recorded_at, backfilled)
SELECT id, organisation_id, (created_at AT TIME ZONE 'Europe/Stockholm')::date, seats, status, created_by, now(), true
  FROM placement;

-- Trained supervisors per organisation on a day and in a period.
CREATE INDEX supervisor_training_idx ON supervisor (organisation_id, supervisor_training_on)
    WHERE supervisor_training_on IS NOT NULL;

-- Seats taken on a day: the proposals of a place that ever held a seat.
CREATE INDEX placement_proposal_event_seat_idx ON placement_proposal_event (proposal_id, status, occurred_at)
    WHERE status IN ('ACCEPTED','WITHDRAWN');
