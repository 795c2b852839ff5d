-- The analyst's headline figures (issue 14, item 4) count an organisation's recent check-ins.
CREATE INDEX followup_checkin_organisation_idx ON followup_checkin (organisation_id, answered_at);
