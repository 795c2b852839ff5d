-- One status (issue 13, item 3): once a participant has a journey, the register's status follows from the journeys
-- (the plans module tells the register in the transaction that records a journey event) and can no longer be set by
-- hand. status_from_journey marks those participants; the others keep the status set in the register (REFERRED by
-- default). Existing participants with a journey get their status from it at their next journey event.
ALTER TABLE participant ADD COLUMN status_from_journey boolean NOT NULL DEFAULT false;
