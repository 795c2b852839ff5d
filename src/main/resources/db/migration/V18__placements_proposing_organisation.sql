-- The organisation that made a proposal is a party to it (it may write the agreement, approve for the coordinator,
-- end and withdraw). Recorded when proposing, so that it does not change if the proposer's account later moves.
ALTER TABLE placement_proposal ADD COLUMN proposing_organisation_id uuid;
UPDATE placement_proposal pr SET proposing_organisation_id = a.organisation_id
  FROM user_account a WHERE a.id = pr.proposed_by;
-- A proposer whose account is gone: the participant's own organisation, the usual proposing side.
UPDATE placement_proposal pr SET proposing_organisation_id = p.organisation_id
  FROM participant p WHERE p.id = pr.participant_id AND pr.proposing_organisation_id IS NULL;
ALTER TABLE placement_proposal ALTER COLUMN proposing_organisation_id SET NOT NULL;
