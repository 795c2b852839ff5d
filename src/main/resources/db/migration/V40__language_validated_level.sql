-- The latest validated Swedish level per participant (issue 14, item 3), kept as each language assessment is signed,
-- so the caseload can tell, for many participants at once, whose validated level is not yet the register's.
CREATE TABLE language_validated_level (
    participant_id uuid PRIMARY KEY,
    swedish_level  varchar(30) NOT NULL,
    assessed_on    date        NOT NULL
);
