-- Hand-over of a participant between organisations (issue 13, item 5): proposed by the responsible organisation,
-- accepted or declined by the receiving one. At most one proposal per participant is pending.
CREATE TABLE handover (
    id                   uuid PRIMARY KEY,
    participant_id       uuid         NOT NULL,
    from_organisation_id uuid         NOT NULL,
    to_organisation_id   uuid         NOT NULL,
    note                 varchar(1000),
    status               varchar(20)  NOT NULL,
    proposed_by          uuid         NOT NULL,
    proposed_at          timestamptz  NOT NULL,
    decided_by           uuid,
    decided_at           timestamptz,
    decline_reason       varchar(1000),
    coordinator_id       uuid,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX handover_one_pending_idx ON handover (participant_id) WHERE status = 'PROPOSED';
CREATE INDEX handover_participant_idx ON handover (participant_id, proposed_at DESC);
CREATE INDEX handover_to_idx ON handover (to_organisation_id, status, proposed_at DESC);
CREATE INDEX handover_from_idx ON handover (from_organisation_id, status, proposed_at DESC);
