-- The farthest a participant gets in the given minutes, by travel mode (the speeds of MatchScorer).
CREATE FUNCTION reach_km(mode varchar, minutes integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN minutes / 60.0 * CASE mode WHEN 'WALK' THEN 5 WHEN 'BICYCLE' THEN 15 WHEN 'PUBLIC_TRANSPORT' THEN 25 ELSE 45 END;

-- Matching: what a participant looking for a place wants and can do, beyond the register (home point for travel
-- time, travel mode and limit, occupations of interest as SSYK codes, busy hours such as SFI).
CREATE TABLE candidate_profile (
    participant_id          uuid PRIMARY KEY REFERENCES participant (id),
    seeking                 boolean       NOT NULL DEFAULT true,
    home_latitude           double precision CHECK (home_latitude BETWEEN -90 AND 90),
    home_longitude          double precision CHECK (home_longitude BETWEEN -180 AND 180),
    travel_mode             varchar(20)   NOT NULL CHECK (travel_mode IN ('WALK','BICYCLE','PUBLIC_TRANSPORT','CAR')),
    max_travel_minutes      integer       NOT NULL CHECK (max_travel_minutes BETWEEN 5 AND 180),
    interests               text[]        NOT NULL DEFAULT '{}',
    busy                    jsonb         NOT NULL DEFAULT '[]',
    available_from          date,
    updated_by              uuid          NOT NULL,
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    lock_version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT candidate_home CHECK ((home_latitude IS NULL) = (home_longitude IS NULL))
);
-- The box a participant can reach: longest travel time at the travel mode's speed (km/h as in MatchScorer), as
-- longitude/latitude, so "who can reach this place" is an index lookup (reach @> point) instead of a scan.
ALTER TABLE candidate_profile ADD COLUMN reach box GENERATED ALWAYS AS (
    CASE WHEN home_latitude IS NULL THEN NULL ELSE box(
        point(home_longitude - reach_km(travel_mode, max_travel_minutes) / (111.0 * cos(radians(home_latitude))),
              home_latitude - reach_km(travel_mode, max_travel_minutes) / 111.0),
        point(home_longitude + reach_km(travel_mode, max_travel_minutes) / (111.0 * cos(radians(home_latitude))),
              home_latitude + reach_km(travel_mode, max_travel_minutes) / 111.0)) END) STORED;
CREATE INDEX candidate_profile_reach_idx ON candidate_profile USING gist (reach) WHERE seeking;
CREATE INDEX candidate_profile_seeking_no_home_idx ON candidate_profile (participant_id) WHERE seeking AND home_latitude IS NULL;

-- A hard requirement waived for one participant and one place, with the written reason.
CREATE TABLE match_waiver (
    id              uuid PRIMARY KEY,
    participant_id  uuid          NOT NULL REFERENCES participant (id),
    placement_id    uuid          NOT NULL REFERENCES placement (id),
    requirement     varchar(30)   NOT NULL CHECK (requirement IN ('SWEDISH_LEVEL','DRIVING_LICENCE','CYCLING','TRAVEL_TIME')),
    reason          varchar(1000) NOT NULL CHECK (length(trim(reason)) >= 10),
    granted_by      uuid          NOT NULL,
    granted_by_name varchar(200)  NOT NULL,
    granted_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX match_waiver_uq ON match_waiver (participant_id, placement_id, requirement);
CREATE INDEX match_waiver_placement_idx ON match_waiver (placement_id);
