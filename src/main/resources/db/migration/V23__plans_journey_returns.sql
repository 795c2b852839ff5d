-- A participant may come back (issue 13, item 4): a new journey on a ladder once the earlier one on it has ended.
-- ended_on repeats the date of the journey's ending event (ENDED_EARLY or COMPLETED), so that "one open journey per
-- participant and ladder" can be a unique index and "has an ended journey" a plain lookup.
ALTER TABLE journey ADD COLUMN ended_on date;
UPDATE journey j SET ended_on = e.occurred_on
  FROM (SELECT journey_id, min(occurred_on) AS occurred_on FROM journey_event
         WHERE type IN ('ENDED_EARLY', 'COMPLETED') GROUP BY journey_id) e
 WHERE e.journey_id = j.id;
DROP INDEX journey_participant_ladder_uq;
CREATE UNIQUE INDEX journey_participant_ladder_open_uq ON journey (participant_id, ladder_id) WHERE ended_on IS NULL;
CREATE INDEX journey_participant_idx ON journey (participant_id, created_at);
