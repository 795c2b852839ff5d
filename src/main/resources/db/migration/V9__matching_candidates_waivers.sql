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
CREATE INDEX candidate_profile_seeking_location_idx ON candidate_profile (home_latitude, home_longitude) WHERE seeking;

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
