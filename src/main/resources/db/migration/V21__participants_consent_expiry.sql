-- When the ConsentExpired event of a consent was published (once per consent; see participants' ConsentExpiry).
-- Consents that had run out before this migration count as announced: the event is for what happens from now on.
ALTER TABLE consent ADD COLUMN expiry_announced_at timestamptz;
UPDATE consent SET expiry_announced_at = now() WHERE withdrawn_at IS NULL AND valid_until < current_date;
