-- Outcomes after exit (issue 15, item 1; decision 100): where the participant was 90 and 180 days after the journey
-- ended (ESF+ "six months after leaving"), one row per journey and point; recording it again corrects it.
CREATE TABLE journey_followup_outcome (
    journey_id   uuid         NOT NULL REFERENCES journey (id),
    point        varchar(10)  NOT NULL CHECK (point IN ('DAYS_90', 'DAYS_180')),
    outcome      varchar(40)  NOT NULL CHECK (outcome IN ('REGULAR_EMPLOYMENT', 'SUBSIDISED_EMPLOYMENT', 'STUDIES',
                                                          'OTHER_LABOUR_MARKET_ACTIVITY', 'NO_ACTIVITY', 'UNKNOWN')),
    found_on     date         NOT NULL,
    note         varchar(1000),
    recorded_by  uuid         NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    PRIMARY KEY (journey_id, point)
);
-- the reminders' daily question "whose follow-up point falls due between these days" is a range on ended_on
CREATE INDEX journey_ended_on_idx ON journey (ended_on) WHERE ended_on IS NOT NULL;
