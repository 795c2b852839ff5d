-- The occupation catalogue: SSYK 2012 groups, occupation names, skills, languages, driving licences,
-- municipalities and the other concepts of Arbetsförmedlingen's JobTech Taxonomy. Reference data: a concept is
-- never deleted (other modules keep our ids); one that a newer import no longer lists becomes inactive.
CREATE TABLE taxonomy_concept (
    id               uuid          PRIMARY KEY,
    concept_id       varchar(100)  NOT NULL,   -- JobTech's stable concept id, e.g. aKdV_u7V_R5j
    type             varchar(64)   NOT NULL CHECK (type ~ '^[a-z0-9-]+$'),  -- JobTech type: ssyk-level-4, skill, ...
    label            varchar(1000) NOT NULL,   -- preferred label (Swedish)
    ssyk_code        varchar(10),              -- SSYK 2012 code of the ssyk-level-1..4 groups
    definition       text,
    parent_id        uuid          REFERENCES taxonomy_concept (id) DEFERRABLE INITIALLY DEFERRED,  -- broader group in the SSYK tree
    legacy_id        varchar(100),             -- legacyAmsTaxonomyId of the concept list
    in_hierarchy     boolean       NOT NULL DEFAULT false,  -- listed by the latest SSYK hierarchy import
    in_concept_list  boolean       NOT NULL DEFAULT false,  -- listed by the latest concept list import of its type
    active           boolean       GENERATED ALWAYS AS (in_hierarchy OR in_concept_list) STORED,
    search_label     varchar(1000) GENERATED ALWAYS AS (lower(label)) STORED,
    search_vector    tsvector      GENERATED ALWAYS AS (to_tsvector('swedish', label)) STORED,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    deactivated_at   timestamptz,
    CONSTRAINT taxonomy_concept_type_concept_uq UNIQUE (type, concept_id)
);
CREATE INDEX taxonomy_concept_concept_id_idx ON taxonomy_concept (concept_id);
CREATE INDEX taxonomy_concept_type_label_idx ON taxonomy_concept (type, label);
-- pattern_ops: also serves LIKE '53%' (codes starting with the digits typed) whatever the database collation.
CREATE INDEX taxonomy_concept_ssyk_code_idx ON taxonomy_concept (ssyk_code varchar_pattern_ops) WHERE ssyk_code IS NOT NULL;
CREATE INDEX taxonomy_concept_parent_idx ON taxonomy_concept (parent_id) WHERE parent_id IS NOT NULL;
-- Case-insensitive infix search on labels (search_label LIKE '%text%'): trigrams (pg_trgm is created in V2).
CREATE INDEX taxonomy_concept_search_label_trgm ON taxonomy_concept USING gin (search_label gin_trgm_ops);
-- Word forms (undersköterska / undersköterskor): Swedish full-text search.
CREATE INDEX taxonomy_concept_search_idx ON taxonomy_concept USING gin (search_vector);

-- One row per import of an export (the bundled snapshot on first start, or an admin's upload).
CREATE TABLE taxonomy_import (
    id                uuid          PRIMARY KEY,
    imported_at       timestamptz   NOT NULL,
    imported_by       uuid          REFERENCES user_account (id),  -- null: the application loaded its bundled snapshot
    imported_by_name  varchar(200)  NOT NULL,
    source            varchar(500)  NOT NULL,
    added             integer       NOT NULL,
    updated           integer       NOT NULL,
    deactivated       integer       NOT NULL,
    unchanged         integer       NOT NULL,
    skipped           integer       NOT NULL,  -- concepts of types the catalogue does not know
    duration_ms       bigint        NOT NULL
);
CREATE INDEX taxonomy_import_at_idx ON taxonomy_import (imported_at DESC);
