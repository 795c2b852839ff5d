-- Language validation (workplace can-do statements tied to CEFR and SFI, assessed over time) and work-ability
-- assessments (configurable, versioned forms; assessments requested by AF or FK that end in a dated report).

-- The catalogue of can-do statements: reference data every installation needs (not personal data). The id is
-- derived from the code, so it is the same in every installation. The CEFR level ↔ SFI course mapping lives in
-- the code (se.kompetenskedjan.validation.CefrLevel), in one place.
CREATE TABLE language_can_do_statement (
    id          uuid PRIMARY KEY,
    code        varchar(20)   NOT NULL UNIQUE,
    skill       varchar(10)   NOT NULL CHECK (skill IN ('LISTENING','SPEAKING','READING','WRITING')),
    cefr_level  varchar(2)    NOT NULL CHECK (cefr_level IN ('A1','A2','B1','B2')),
    position    integer       NOT NULL,
    text        varchar(300)  NOT NULL,
    active      boolean       NOT NULL DEFAULT true
);
CREATE INDEX language_can_do_statement_skill_idx ON language_can_do_statement (skill, cefr_level, position);

-- One language assessment of a participant on one date by a teacher, supervisor or coordinator. Personal data: every
-- read and write is audited. Once SIGNED it never changes (enforced below).
CREATE TABLE language_assessment (
    id              uuid PRIMARY KEY,
    participant_id  uuid          NOT NULL REFERENCES participant (id),
    assessor_role   varchar(16)   NOT NULL CHECK (assessor_role IN ('TEACHER','SUPERVISOR','COORDINATOR')),
    assessor_id     uuid          NOT NULL REFERENCES user_account (id),
    assessor_name   varchar(200)  NOT NULL,
    assessed_on     date          NOT NULL,
    comment         varchar(2000),
    status          varchar(10)   NOT NULL CHECK (status IN ('DRAFT','SIGNED')),
    signed_at       timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    lock_version    bigint        NOT NULL DEFAULT 0,
    CONSTRAINT language_assessment_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL))
);
CREATE INDEX language_assessment_participant_idx ON language_assessment (participant_id, assessed_on DESC, created_at DESC);

CREATE TABLE language_assessment_answer (
    assessment_id   uuid          NOT NULL REFERENCES language_assessment (id),
    statement_id    uuid          NOT NULL REFERENCES language_can_do_statement (id),
    achievement     varchar(8)    NOT NULL CHECK (achievement IN ('YES','PARTLY','NO')),
    PRIMARY KEY (assessment_id, statement_id)
);

-- Work-ability forms: per organisation (NULL: the platform's default form). A form is a series of versions; a
-- version never changes once saved (an edit saves a new version), so an assessment always shows the questions
-- it was made with.
CREATE TABLE work_ability_form (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid          REFERENCES organisation (id),
    name                varchar(200)  NOT NULL,
    current_version_id  uuid,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    lock_version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX work_ability_form_org_idx ON work_ability_form (organisation_id, name);

CREATE TABLE work_ability_form_version (
    id              uuid PRIMARY KEY,
    form_id         uuid          NOT NULL REFERENCES work_ability_form (id),
    version         integer       NOT NULL,
    -- the form's name as saved in this version (the form row carries the current name, for lists)
    name            varchar(200)  NOT NULL,
    description     varchar(2000),
    created_by_name varchar(200),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (form_id, version)
);
ALTER TABLE work_ability_form ADD CONSTRAINT work_ability_form_current_fk
    FOREIGN KEY (current_version_id) REFERENCES work_ability_form_version (id);

-- Each question has a scale from 1 to scale_max with words for its ends, and room for free text.
CREATE TABLE work_ability_question (
    id              uuid PRIMARY KEY,
    form_version_id uuid          NOT NULL REFERENCES work_ability_form_version (id),
    position        integer       NOT NULL,
    area            varchar(30)   NOT NULL CHECK (area IN ('PUNCTUALITY','FOLLOWING_INSTRUCTIONS','PACE','COOPERATION',
                                                           'ENDURANCE','ADAPTATION_NEEDS','OTHER')),
    text            varchar(500)  NOT NULL,
    scale_max       integer       NOT NULL CHECK (scale_max BETWEEN 2 AND 7),
    low_label       varchar(100)  NOT NULL,
    high_label      varchar(100)  NOT NULL
);
CREATE INDEX work_ability_question_version_idx ON work_ability_question (form_version_id, position);

-- A work-ability assessment of a participant over a period, asked for by AF, FK or someone else. Personal data.
-- Once SIGNED (the dated report) it never changes.
CREATE TABLE work_ability_assessment (
    id                  uuid PRIMARY KEY,
    participant_id      uuid          NOT NULL REFERENCES participant (id),
    form_version_id     uuid          NOT NULL REFERENCES work_ability_form_version (id),
    requester           varchar(20)   NOT NULL CHECK (requester IN ('ARBETSFORMEDLINGEN','FORSAKRINGSKASSAN','OTHER')),
    requester_reference varchar(100),
    period_from         date          NOT NULL,
    period_to           date          NOT NULL,
    summary             varchar(4000),
    assessor_id         uuid          NOT NULL REFERENCES user_account (id),
    assessor_name       varchar(200)  NOT NULL,
    organisation_name   varchar(200)  NOT NULL,
    status              varchar(10)   NOT NULL CHECK (status IN ('DRAFT','SIGNED')),
    signed_at           timestamptz,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    lock_version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT work_ability_assessment_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL)),
    CONSTRAINT work_ability_assessment_period CHECK (period_to >= period_from)
);
CREATE INDEX work_ability_assessment_participant_idx ON work_ability_assessment (participant_id, period_to DESC);
CREATE INDEX work_ability_assessment_version_idx ON work_ability_assessment (form_version_id);

CREATE TABLE work_ability_answer (
    assessment_id   uuid          NOT NULL REFERENCES work_ability_assessment (id),
    question_id     uuid          NOT NULL REFERENCES work_ability_question (id),
    score           integer,
    note            varchar(2000),
    PRIMARY KEY (assessment_id, question_id)
);

-- Signed language and work-ability assessments and their answers never change: the database refuses it too.
CREATE FUNCTION validation_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent uuid;
BEGIN
    IF TG_TABLE_NAME IN ('language_assessment', 'work_ability_assessment') THEN
        IF OLD.status = 'SIGNED' THEN
            RAISE EXCEPTION '% % is signed and cannot change', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    parent := CASE WHEN TG_OP = 'INSERT' THEN NEW.assessment_id ELSE OLD.assessment_id END;
    IF (TG_TABLE_NAME = 'language_assessment_answer'
            AND EXISTS (SELECT 1 FROM language_assessment WHERE id = parent AND status = 'SIGNED'))
        OR (TG_TABLE_NAME = 'work_ability_answer'
            AND EXISTS (SELECT 1 FROM work_ability_assessment WHERE id = parent AND status = 'SIGNED')) THEN
        RAISE EXCEPTION 'assessment % is signed and cannot change', parent USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER language_assessment_final BEFORE UPDATE OR DELETE ON language_assessment
    FOR EACH ROW EXECUTE FUNCTION validation_signed_is_final();
CREATE TRIGGER language_assessment_answer_final BEFORE INSERT OR UPDATE OR DELETE ON language_assessment_answer
    FOR EACH ROW EXECUTE FUNCTION validation_signed_is_final();
CREATE TRIGGER work_ability_assessment_final BEFORE UPDATE OR DELETE ON work_ability_assessment
    FOR EACH ROW EXECUTE FUNCTION validation_signed_is_final();
CREATE TRIGGER work_ability_answer_final BEFORE INSERT OR UPDATE OR DELETE ON work_ability_answer
    FOR EACH ROW EXECUTE FUNCTION validation_signed_is_final();

-- A form version in use never changes either.
CREATE FUNCTION work_ability_question_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'work-ability form questions never change; save a new version' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER work_ability_question_final BEFORE UPDATE OR DELETE ON work_ability_question
    FOR EACH ROW EXECUTE FUNCTION work_ability_question_frozen();

-- The catalogue: five workplace statements per skill and level.
INSERT INTO language_can_do_statement (id, code, skill, cefr_level, position, text) VALUES
    (md5('language-can-do:LYS-A1-1')::uuid, 'LYS-A1-1', 'LISTENING', 'A1', 1, 'Kan förstå en kort muntlig instruktion från en kollega när den visas samtidigt'),
    (md5('language-can-do:LYS-A1-2')::uuid, 'LYS-A1-2', 'LISTENING', 'A1', 2, 'Kan förstå hälsningar och sitt namn när någon ropar på en'),
    (md5('language-can-do:LYS-A1-3')::uuid, 'LYS-A1-3', 'LISTENING', 'A1', 3, 'Kan förstå siffror och klockslag, t.ex. när passet börjar'),
    (md5('language-can-do:LYS-A1-4')::uuid, 'LYS-A1-4', 'LISTENING', 'A1', 4, 'Kan förstå enkla ord för verktyg och material på arbetsplatsen'),
    (md5('language-can-do:LYS-A1-5')::uuid, 'LYS-A1-5', 'LISTENING', 'A1', 5, 'Kan förstå när någon säger stopp, vänta eller kom hit'),
    (md5('language-can-do:LYS-A2-1')::uuid, 'LYS-A2-1', 'LISTENING', 'A2', 1, 'Kan förstå en kort muntlig instruktion från en kollega utan att den visas'),
    (md5('language-can-do:LYS-A2-2')::uuid, 'LYS-A2-2', 'LISTENING', 'A2', 2, 'Kan förstå det viktigaste på ett kort morgonmöte om dagens arbete'),
    (md5('language-can-do:LYS-A2-3')::uuid, 'LYS-A2-3', 'LISTENING', 'A2', 3, 'Kan förstå en enkel fråga från en brukare eller kund'),
    (md5('language-can-do:LYS-A2-4')::uuid, 'LYS-A2-4', 'LISTENING', 'A2', 4, 'Kan förstå enkla säkerhetsregler när de förklaras muntligt'),
    (md5('language-can-do:LYS-A2-5')::uuid, 'LYS-A2-5', 'LISTENING', 'A2', 5, 'Kan förstå ett kort telefonsamtal om en ändrad arbetstid'),
    (md5('language-can-do:LYS-B1-1')::uuid, 'LYS-B1-1', 'LISTENING', 'B1', 1, 'Kan förstå en instruktion i flera steg och utföra stegen i rätt ordning'),
    (md5('language-can-do:LYS-B1-2')::uuid, 'LYS-B1-2', 'LISTENING', 'B1', 2, 'Kan förstå huvudinnehållet i en muntlig rapport vid skiftbyte'),
    (md5('language-can-do:LYS-B1-3')::uuid, 'LYS-B1-3', 'LISTENING', 'B1', 3, 'Kan förstå en kollega som pratar i normalt tempo om arbetet'),
    (md5('language-can-do:LYS-B1-4')::uuid, 'LYS-B1-4', 'LISTENING', 'B1', 4, 'Kan förstå när en brukare eller kund beskriver ett problem'),
    (md5('language-can-do:LYS-B1-5')::uuid, 'LYS-B1-5', 'LISTENING', 'B1', 5, 'Kan förstå information på ett arbetsplatsmöte och vad den betyder för en själv'),
    (md5('language-can-do:LYS-B2-1')::uuid, 'LYS-B2-1', 'LISTENING', 'B2', 1, 'Kan förstå en längre genomgång, t.ex. en introduktion av nya rutiner'),
    (md5('language-can-do:LYS-B2-2')::uuid, 'LYS-B2-2', 'LISTENING', 'B2', 2, 'Kan förstå diskussioner mellan kollegor även när flera talar'),
    (md5('language-can-do:LYS-B2-3')::uuid, 'LYS-B2-3', 'LISTENING', 'B2', 3, 'Kan förstå underförstådda önskemål och synpunkter från brukare eller kunder'),
    (md5('language-can-do:LYS-B2-4')::uuid, 'LYS-B2-4', 'LISTENING', 'B2', 4, 'Kan förstå muntlig information i telefon även med störande ljud'),
    (md5('language-can-do:LYS-B2-5')::uuid, 'LYS-B2-5', 'LISTENING', 'B2', 5, 'Kan förstå utbildning på arbetsplatsen, t.ex. om hygien eller arbetsmiljö'),
    (md5('language-can-do:TAL-A1-1')::uuid, 'TAL-A1-1', 'SPEAKING', 'A1', 1, 'Kan hälsa och presentera sig för en kollega'),
    (md5('language-can-do:TAL-A1-2')::uuid, 'TAL-A1-2', 'SPEAKING', 'A1', 2, 'Kan säga att man inte förstår och be någon upprepa'),
    (md5('language-can-do:TAL-A1-3')::uuid, 'TAL-A1-3', 'SPEAKING', 'A1', 3, 'Kan fråga efter ett verktyg eller material med enstaka ord'),
    (md5('language-can-do:TAL-A1-4')::uuid, 'TAL-A1-4', 'SPEAKING', 'A1', 4, 'Kan säga att man är klar med en uppgift'),
    (md5('language-can-do:TAL-A1-5')::uuid, 'TAL-A1-5', 'SPEAKING', 'A1', 5, 'Kan säga att man är sjuk eller inte kan komma, med enkla ord'),
    (md5('language-can-do:TAL-A2-1')::uuid, 'TAL-A2-1', 'SPEAKING', 'A2', 1, 'Kan ställa en enkel fråga om en arbetsuppgift'),
    (md5('language-can-do:TAL-A2-2')::uuid, 'TAL-A2-2', 'SPEAKING', 'A2', 2, 'Kan berätta kort vad man har gjort under dagen'),
    (md5('language-can-do:TAL-A2-3')::uuid, 'TAL-A2-3', 'SPEAKING', 'A2', 3, 'Kan prata om vardagliga saker med en brukare eller kund'),
    (md5('language-can-do:TAL-A2-4')::uuid, 'TAL-A2-4', 'SPEAKING', 'A2', 4, 'Kan ringa och meddela att man blir sen'),
    (md5('language-can-do:TAL-A2-5')::uuid, 'TAL-A2-5', 'SPEAKING', 'A2', 5, 'Kan be om hjälp när något är svårt eller farligt'),
    (md5('language-can-do:TAL-B1-1')::uuid, 'TAL-B1-1', 'SPEAKING', 'B1', 1, 'Kan ge en kort muntlig rapport till en kollega vid skiftbyte'),
    (md5('language-can-do:TAL-B1-2')::uuid, 'TAL-B1-2', 'SPEAKING', 'B1', 2, 'Kan förklara för en ny kollega hur en enkel uppgift görs'),
    (md5('language-can-do:TAL-B1-3')::uuid, 'TAL-B1-3', 'SPEAKING', 'B1', 3, 'Kan berätta om en avvikelse eller ett problem och vad man gjorde'),
    (md5('language-can-do:TAL-B1-4')::uuid, 'TAL-B1-4', 'SPEAKING', 'B1', 4, 'Kan delta i ett arbetsplatsmöte och säga vad man tycker'),
    (md5('language-can-do:TAL-B1-5')::uuid, 'TAL-B1-5', 'SPEAKING', 'B1', 5, 'Kan lugna och förklara för en brukare eller kund vad som ska hända'),
    (md5('language-can-do:TAL-B2-1')::uuid, 'TAL-B2-1', 'SPEAKING', 'B2', 1, 'Kan argumentera för ett förslag om hur arbetet kan göras bättre'),
    (md5('language-can-do:TAL-B2-2')::uuid, 'TAL-B2-2', 'SPEAKING', 'B2', 2, 'Kan ge en tydlig och utförlig rapport i telefon'),
    (md5('language-can-do:TAL-B2-3')::uuid, 'TAL-B2-3', 'SPEAKING', 'B2', 3, 'Kan hantera ett samtal med en orolig anhörig eller en missnöjd kund'),
    (md5('language-can-do:TAL-B2-4')::uuid, 'TAL-B2-4', 'SPEAKING', 'B2', 4, 'Kan anpassa sitt språk till brukare, kollegor och chefer'),
    (md5('language-can-do:TAL-B2-5')::uuid, 'TAL-B2-5', 'SPEAKING', 'B2', 5, 'Kan handleda en praktikant muntligt i en arbetsuppgift'),
    (md5('language-can-do:LAS-A1-1')::uuid, 'LAS-A1-1', 'READING', 'A1', 1, 'Kan läsa sitt namn och dagens datum på ett schema'),
    (md5('language-can-do:LAS-A1-2')::uuid, 'LAS-A1-2', 'READING', 'A1', 2, 'Kan känna igen viktiga skyltar, t.ex. nödutgång och förbjudet'),
    (md5('language-can-do:LAS-A1-3')::uuid, 'LAS-A1-3', 'READING', 'A1', 3, 'Kan läsa namn på kollegor och rum på en lista'),
    (md5('language-can-do:LAS-A1-4')::uuid, 'LAS-A1-4', 'READING', 'A1', 4, 'Kan läsa siffror och klockslag i ett enkelt schema'),
    (md5('language-can-do:LAS-A1-5')::uuid, 'LAS-A1-5', 'READING', 'A1', 5, 'Kan känna igen ord på etiketter för vanligt material'),
    (md5('language-can-do:LAS-A2-1')::uuid, 'LAS-A2-1', 'READING', 'A2', 1, 'Kan läsa ett enkelt schema och se när man arbetar'),
    (md5('language-can-do:LAS-A2-2')::uuid, 'LAS-A2-2', 'READING', 'A2', 2, 'Kan läsa en kort lapp eller ett sms från en kollega'),
    (md5('language-can-do:LAS-A2-3')::uuid, 'LAS-A2-3', 'READING', 'A2', 3, 'Kan läsa en enkel checklista och bocka av det som är gjort'),
    (md5('language-can-do:LAS-A2-4')::uuid, 'LAS-A2-4', 'READING', 'A2', 4, 'Kan läsa etiketter på rengöringsmedel och förstå varningssymboler'),
    (md5('language-can-do:LAS-A2-5')::uuid, 'LAS-A2-5', 'READING', 'A2', 5, 'Kan läsa en enkel inköpslista eller beställning'),
    (md5('language-can-do:LAS-B1-1')::uuid, 'LAS-B1-1', 'READING', 'B1', 1, 'Kan läsa en arbetsinstruktion eller rutin och följa den'),
    (md5('language-can-do:LAS-B1-2')::uuid, 'LAS-B1-2', 'READING', 'B1', 2, 'Kan läsa anteckningar i en dokumentation om en brukare eller ett ärende'),
    (md5('language-can-do:LAS-B1-3')::uuid, 'LAS-B1-3', 'READING', 'B1', 3, 'Kan läsa information från arbetsgivaren, t.ex. om semester eller möten'),
    (md5('language-can-do:LAS-B1-4')::uuid, 'LAS-B1-4', 'READING', 'B1', 4, 'Kan läsa en bruksanvisning för en maskin med stöd av bilder'),
    (md5('language-can-do:LAS-B1-5')::uuid, 'LAS-B1-5', 'READING', 'B1', 5, 'Kan läsa och förstå ett enkelt mejl om arbetet'),
    (md5('language-can-do:LAS-B2-1')::uuid, 'LAS-B2-1', 'READING', 'B2', 1, 'Kan läsa längre rutiner och riktlinjer, t.ex. om basala hygienrutiner'),
    (md5('language-can-do:LAS-B2-2')::uuid, 'LAS-B2-2', 'READING', 'B2', 2, 'Kan läsa och förstå ett anställningsavtal i stora drag'),
    (md5('language-can-do:LAS-B2-3')::uuid, 'LAS-B2-3', 'READING', 'B2', 3, 'Kan läsa journalanteckningar eller rapporter och hitta det viktiga'),
    (md5('language-can-do:LAS-B2-4')::uuid, 'LAS-B2-4', 'READING', 'B2', 4, 'Kan läsa säkerhetsdatablad och förstå vad de kräver'),
    (md5('language-can-do:LAS-B2-5')::uuid, 'LAS-B2-5', 'READING', 'B2', 5, 'Kan söka information i arbetsplatsens system eller pärmar'),
    (md5('language-can-do:SKR-A1-1')::uuid, 'SKR-A1-1', 'WRITING', 'A1', 1, 'Kan skriva sitt namn och personnummer i en blankett'),
    (md5('language-can-do:SKR-A1-2')::uuid, 'SKR-A1-2', 'WRITING', 'A1', 2, 'Kan skriva datum och klockslag'),
    (md5('language-can-do:SKR-A1-3')::uuid, 'SKR-A1-3', 'WRITING', 'A1', 3, 'Kan skriva enstaka ord på en lista, t.ex. material som tagit slut'),
    (md5('language-can-do:SKR-A1-4')::uuid, 'SKR-A1-4', 'WRITING', 'A1', 4, 'Kan sätta kryss och signatur på en checklista'),
    (md5('language-can-do:SKR-A1-5')::uuid, 'SKR-A1-5', 'WRITING', 'A1', 5, 'Kan skriva av ett ord eller ett namn korrekt'),
    (md5('language-can-do:SKR-A2-1')::uuid, 'SKR-A2-1', 'WRITING', 'A2', 1, 'Kan skriva ett kort meddelande till en kollega'),
    (md5('language-can-do:SKR-A2-2')::uuid, 'SKR-A2-2', 'WRITING', 'A2', 2, 'Kan skriva ett sms om att man är sjuk eller blir sen'),
    (md5('language-can-do:SKR-A2-3')::uuid, 'SKR-A2-3', 'WRITING', 'A2', 3, 'Kan fylla i en enkel tidrapport'),
    (md5('language-can-do:SKR-A2-4')::uuid, 'SKR-A2-4', 'WRITING', 'A2', 4, 'Kan skriva en kort anteckning om vad man har gjort'),
    (md5('language-can-do:SKR-A2-5')::uuid, 'SKR-A2-5', 'WRITING', 'A2', 5, 'Kan fylla i en enkel beställning av material'),
    (md5('language-can-do:SKR-B1-1')::uuid, 'SKR-B1-1', 'WRITING', 'B1', 1, 'Kan skriva en kort avvikelserapport'),
    (md5('language-can-do:SKR-B1-2')::uuid, 'SKR-B1-2', 'WRITING', 'B1', 2, 'Kan skriva en enkel dokumentation om en brukare eller ett ärende'),
    (md5('language-can-do:SKR-B1-3')::uuid, 'SKR-B1-3', 'WRITING', 'B1', 3, 'Kan skriva ett kort mejl till chefen om ledighet'),
    (md5('language-can-do:SKR-B1-4')::uuid, 'SKR-B1-4', 'WRITING', 'B1', 4, 'Kan skriva en kort instruktion till en kollega'),
    (md5('language-can-do:SKR-B1-5')::uuid, 'SKR-B1-5', 'WRITING', 'B1', 5, 'Kan anteckna det viktigaste från ett möte'),
    (md5('language-can-do:SKR-B2-1')::uuid, 'SKR-B2-1', 'WRITING', 'B2', 1, 'Kan skriva en tydlig och utförlig avvikelserapport med händelseförlopp'),
    (md5('language-can-do:SKR-B2-2')::uuid, 'SKR-B2-2', 'WRITING', 'B2', 2, 'Kan skriva dokumentation som andra kan lita på och arbeta vidare med'),
    (md5('language-can-do:SKR-B2-3')::uuid, 'SKR-B2-3', 'WRITING', 'B2', 3, 'Kan skriva ett förslag till förbättring av en rutin'),
    (md5('language-can-do:SKR-B2-4')::uuid, 'SKR-B2-4', 'WRITING', 'B2', 4, 'Kan skriva en personlig ansökan till en tjänst'),
    (md5('language-can-do:SKR-B2-5')::uuid, 'SKR-B2-5', 'WRITING', 'B2', 5, 'Kan skriva ett sakligt svar på ett klagomål');

-- The platform's default work-ability form (version 1), which every organisation may use or copy.
INSERT INTO work_ability_form (id, organisation_id, name)
VALUES (md5('work-ability-form:default')::uuid, NULL, 'Arbetsförmågebedömning i arbetsträning');
INSERT INTO work_ability_form_version (id, form_id, version, name, description, created_by_name)
VALUES (md5('work-ability-form:default:1')::uuid, md5('work-ability-form:default')::uuid, 1,
        'Arbetsförmågebedömning i arbetsträning',
        'Standardformulär för utredning av arbetsförmåga under arbetsträning, när Arbetsförmedlingen eller Försäkringskassan begär det.',
        'Kompetenskedjan');
UPDATE work_ability_form SET current_version_id = md5('work-ability-form:default:1')::uuid
 WHERE id = md5('work-ability-form:default')::uuid;
INSERT INTO work_ability_question (id, form_version_id, position, area, text, scale_max, low_label, high_label) VALUES
    (md5('work-ability-question:default:1')::uuid, md5('work-ability-form:default:1')::uuid, 1, 'PUNCTUALITY',
     'Kommer i tid och meddelar frånvaro', 4, 'Sällan', 'Alltid'),
    (md5('work-ability-question:default:2')::uuid, md5('work-ability-form:default:1')::uuid, 2, 'FOLLOWING_INSTRUCTIONS',
     'Förstår och följer instruktioner', 4, 'Behöver mycket stöd', 'Självständigt'),
    (md5('work-ability-question:default:3')::uuid, md5('work-ability-form:default:1')::uuid, 3, 'PACE',
     'Håller ett arbetstempo som motsvarar uppgiften', 4, 'Mycket lågt', 'Som en ordinarie anställd'),
    (md5('work-ability-question:default:4')::uuid, md5('work-ability-form:default:1')::uuid, 4, 'COOPERATION',
     'Samarbetar med kollegor och tar emot återkoppling', 4, 'Med svårighet', 'Utan svårighet'),
    (md5('work-ability-question:default:5')::uuid, md5('work-ability-form:default:1')::uuid, 5, 'ENDURANCE',
     'Orkar arbeta hela den planerade tiden', 4, 'Under en timme', 'Hela tiden'),
    (md5('work-ability-question:default:6')::uuid, md5('work-ability-form:default:1')::uuid, 6, 'ENDURANCE',
     'Klarar fysiska moment i arbetet (lyft, gå, stå)', 4, 'Inte alls', 'Utan begränsning'),
    (md5('work-ability-question:default:7')::uuid, md5('work-ability-form:default:1')::uuid, 7, 'ADAPTATION_NEEDS',
     'Behov av anpassning (arbetstid, hjälpmedel, arbetsuppgifter)', 4, 'Stort behov', 'Inget behov');
