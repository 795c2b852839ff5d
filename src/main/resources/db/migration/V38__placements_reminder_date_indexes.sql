-- The daily reminders (issue 14, item 5; reminders module, through PlacementCalendar and ParticipantCalendar) find
-- placements by their start and end dates and consents by their end date.
CREATE INDEX placement_proposal_starts_idx ON placement_proposal (starts_on)
    WHERE status IN ('ACCEPTED', 'AGREED', 'ACTIVE');
CREATE INDEX placement_proposal_active_ends_idx ON placement_proposal (ends_on) WHERE status = 'ACTIVE';
CREATE INDEX placement_starts_idx ON placement (starts_on, type);
CREATE INDEX consent_in_force_until_idx ON consent (valid_until) WHERE withdrawn_at IS NULL;
