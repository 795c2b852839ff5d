-- Min sida counts the participant's own visits (participant and actor) and pages through everyone else's reads
-- (participant, not the actor) on every view; with the participant and actor index both are read from the index,
-- without visiting the rows of the participant's own ever-growing visits (decision 98).
CREATE INDEX audit_entry_participant_actor_idx ON audit_entry (participant_id, actor_id, occurred_at DESC);
