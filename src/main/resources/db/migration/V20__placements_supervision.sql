-- Who supervises whom, owned by the placements module: a row per supervision, started when a placement is activated
-- (proposal_id set) or recorded by hand, ended when the placement ends. The participants module keeps a read model
-- of it (its table supervision) from the SupervisionStarted and SupervisionEnded events.
CREATE TABLE supervision_assignment (
    id                  uuid PRIMARY KEY,
    participant_id      uuid        NOT NULL REFERENCES participant (id),
    supervisor_user_id  uuid        NOT NULL REFERENCES user_account (id),
    unit_id             uuid        REFERENCES unit (id),
    proposal_id         uuid        REFERENCES placement_proposal (id),
    starts_on           date        NOT NULL,
    ends_on             date,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT supervision_assignment_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX supervision_assignment_participant_idx ON supervision_assignment (participant_id, supervisor_user_id);
CREATE INDEX supervision_assignment_proposal_idx ON supervision_assignment (proposal_id);

-- One-time handover: the supervisions recorded so far (by the participants module) become this module's, with the
-- same ids, so that the read model and the owner agree and ending a placement ends the supervisions it started.
INSERT INTO supervision_assignment (id, participant_id, supervisor_user_id, unit_id, proposal_id, starts_on, ends_on)
SELECT sv.id, sv.participant_id, sv.supervisor_id, sv.unit_id,
       (SELECT pr.id FROM placement_proposal pr JOIN supervisor s ON s.id = pr.supervisor_id
                     JOIN placement p ON p.id = pr.placement_id
         WHERE pr.participant_id = sv.participant_id AND s.user_id = sv.supervisor_id AND p.unit_id = sv.unit_id
           AND pr.starts_on = sv.starts_on
         ORDER BY pr.proposed_at DESC LIMIT 1),
       sv.starts_on, sv.ends_on
FROM supervision sv;
