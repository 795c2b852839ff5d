-- Validation of informal learning: checklist templates per industry, checklists tailored for a placement, and
-- assessments of participants against them over time.

-- A template per industry (not personal data). Every item is linked to a requirement item (by its stable item_key)
-- of the template's requirement profile version.
CREATE TABLE checklist_template (
    id                  uuid PRIMARY KEY,
    -- NULL: a platform template, managed by the platform host's admins
    organisation_id     uuid          REFERENCES organisation (id),
    industry            varchar(30)   NOT NULL CHECK (industry IN ('HOME_CARE','CLEANING','KITCHEN','PRESCHOOL',
                                                      'PROPERTY_CARE','WAREHOUSE','FURNITURE_PRODUCTION','OTHER')),
    title               varchar(200)  NOT NULL,
    easy_title          varchar(200),
    profile_version_id  uuid          NOT NULL REFERENCES requirement_profile_version (id),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    lock_version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX checklist_template_org_idx ON checklist_template (organisation_id, industry);

-- Descriptors say what each level of the 4-level scale (0 not started, 1 with much support, 2 with some support,
-- 3 independently) means for this item; NULL: the scale's general wording.
CREATE TABLE checklist_template_item (
    id              uuid PRIMARY KEY,
    template_id     uuid          NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    position        integer       NOT NULL,
    item_key        uuid          NOT NULL,
    text            varchar(500)  NOT NULL,
    easy_text       varchar(500)  NOT NULL,
    descriptor_0    varchar(300),
    descriptor_1    varchar(300),
    descriptor_2    varchar(300),
    descriptor_3    varchar(300)
);
CREATE INDEX checklist_template_item_template_idx ON checklist_template_item (template_id, position);

-- A checklist for one placement: a copy of a template, tailored together by supervisor and coordinator.
CREATE TABLE checklist (
    id                  uuid PRIMARY KEY,
    placement_id        uuid          NOT NULL REFERENCES placement (id),
    template_id         uuid          REFERENCES checklist_template (id),
    profile_version_id  uuid          REFERENCES requirement_profile_version (id),
    title               varchar(200)  NOT NULL,
    easy_title          varchar(200),
    created_by          uuid          NOT NULL REFERENCES user_account (id),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    lock_version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX checklist_placement_idx ON checklist (placement_id);

-- Items of a tailored checklist. item_key NULL: a workplace item with no requirement item behind it (it is assessed
-- but does not flow into the gap analysis). Removed items stay (assessments refer to them), marked removed.
CREATE TABLE checklist_item (
    id                      uuid PRIMARY KEY,
    checklist_id            uuid          NOT NULL REFERENCES checklist (id),
    position                integer       NOT NULL,
    item_key                uuid,
    yes_no                  boolean       NOT NULL DEFAULT false,
    text                    varchar(500)  NOT NULL,
    easy_text               varchar(500)  NOT NULL,
    descriptor_0            varchar(300),
    descriptor_1            varchar(300),
    descriptor_2            varchar(300),
    descriptor_3            varchar(300),
    origin_template_item_id uuid          REFERENCES checklist_template_item (id),
    removed_at              timestamptz
);
CREATE INDEX checklist_item_checklist_idx ON checklist_item (checklist_id, position);
CREATE INDEX checklist_item_key_idx ON checklist_item (item_key) WHERE item_key IS NOT NULL;

-- Every change to a tailored checklist, with who made it.
CREATE TABLE checklist_change (
    id              uuid PRIMARY KEY,
    checklist_id    uuid          NOT NULL REFERENCES checklist (id),
    item_id         uuid          REFERENCES checklist_item (id),
    change          varchar(20)   NOT NULL CHECK (change IN ('CREATED','ITEM_ADDED','ITEM_REMOVED','ITEM_REWORDED',
                                                             'ITEM_MOVED','RENAMED')),
    before_text     varchar(500),
    after_text      varchar(500),
    changed_by      uuid          NOT NULL REFERENCES user_account (id),
    changed_by_name varchar(200)  NOT NULL,
    changed_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX checklist_change_checklist_idx ON checklist_change (checklist_id, changed_at);

-- One assessment of one participant against a checklist on one date, by a supervisor, a coordinator or the
-- participant (self-assessment). Personal data: every read and write is audited. Once SIGNED it never changes
-- (enforced below); a later view is a new assessment that follows it.
CREATE TABLE assessment (
    id              uuid PRIMARY KEY,
    checklist_id    uuid          NOT NULL REFERENCES checklist (id),
    participant_id  uuid          NOT NULL REFERENCES participant (id),
    assessor_role   varchar(16)   NOT NULL CHECK (assessor_role IN ('SUPERVISOR','COORDINATOR','SELF')),
    assessor_id     uuid          NOT NULL REFERENCES user_account (id),
    assessor_name   varchar(200)  NOT NULL,
    assessed_on     date          NOT NULL,
    comment         varchar(2000),
    status          varchar(10)   NOT NULL CHECK (status IN ('DRAFT','SIGNED')),
    signed_at       timestamptz,
    follows_id      uuid          REFERENCES assessment (id),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    lock_version    bigint        NOT NULL DEFAULT 0,
    CONSTRAINT assessment_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL))
);
CREATE INDEX assessment_participant_idx ON assessment (participant_id, assessed_on DESC);
CREATE INDEX assessment_checklist_idx ON assessment (checklist_id, participant_id, assessed_on);

CREATE TABLE assessment_rating (
    assessment_id       uuid          NOT NULL REFERENCES assessment (id),
    checklist_item_id   uuid          NOT NULL REFERENCES checklist_item (id),
    level               integer       NOT NULL CHECK (level BETWEEN 0 AND 3),
    comment             varchar(1000),
    PRIMARY KEY (assessment_id, checklist_item_id)
);
CREATE INDEX assessment_rating_item_idx ON assessment_rating (checklist_item_id);

-- Evidence for an assessment (or one item of it): a note, a photo or a document (kept in the database, size-capped).
CREATE TABLE assessment_evidence (
    id                  uuid PRIMARY KEY,
    assessment_id       uuid          NOT NULL REFERENCES assessment (id),
    checklist_item_id   uuid          REFERENCES checklist_item (id),
    kind                varchar(10)   NOT NULL CHECK (kind IN ('NOTE','PHOTO','DOCUMENT')),
    note                varchar(2000),
    file_name           varchar(200),
    content_type        varchar(100),
    content             bytea,
    size_bytes          integer,
    added_by            uuid          NOT NULL REFERENCES user_account (id),
    added_at            timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT evidence_file CHECK ((kind = 'NOTE') = (content IS NULL)),
    CONSTRAINT evidence_size CHECK (size_bytes IS NULL OR size_bytes <= 10485760)
);
CREATE INDEX assessment_evidence_assessment_idx ON assessment_evidence (assessment_id);

-- A signed assessment, its ratings and its evidence never change: the database refuses it too.
CREATE FUNCTION assessment_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent uuid;
BEGIN
    IF TG_TABLE_NAME = 'assessment' THEN
        IF OLD.status = 'SIGNED' THEN
            RAISE EXCEPTION 'assessment % is signed and cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    parent := CASE WHEN TG_OP = 'INSERT' THEN NEW.assessment_id ELSE OLD.assessment_id END;
    IF EXISTS (SELECT 1 FROM assessment WHERE id = parent AND status = 'SIGNED') THEN
        RAISE EXCEPTION 'assessment % is signed and cannot change', parent USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER assessment_final BEFORE UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_signed_is_final();
CREATE TRIGGER assessment_rating_final BEFORE INSERT OR UPDATE OR DELETE ON assessment_rating
    FOR EACH ROW EXECUTE FUNCTION assessment_signed_is_final();
CREATE TRIGGER assessment_evidence_final BEFORE INSERT OR UPDATE OR DELETE ON assessment_evidence
    FOR EACH ROW EXECUTE FUNCTION assessment_signed_is_final();
