-- Check-in question batteries (issue 14, item 1): a battery keeps every version whole, as JSON, so answers can refer
-- to the version they answered. organisation_id NULL: a platform battery offered to every organisation.
CREATE TABLE checkin_battery (
    id              uuid        PRIMARY KEY,
    organisation_id uuid,
    audience        text        NOT NULL CHECK (audience IN ('PARTICIPANT', 'SUPERVISOR')),
    latest_version  int         NOT NULL,
    lock_version    bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL
);
CREATE INDEX checkin_battery_organisation ON checkin_battery (organisation_id);

CREATE TABLE checkin_battery_version (
    battery_id uuid        NOT NULL REFERENCES checkin_battery (id),
    version    int         NOT NULL,
    name       text        NOT NULL,
    questions  jsonb       NOT NULL,
    saved_by   uuid,
    saved_at   timestamptz NOT NULL,
    PRIMARY KEY (battery_id, version)
);

-- The default weekly sets, modelled on the weekly check-ins with service assistants during shadowing in Linköping
-- (source 001, annex 6): how the week went, tasks done, Swedish used at work, what went well and what was hard,
-- attendance and punctuality, support needed. The participant's in easy Swedish.
INSERT INTO checkin_battery (id, organisation_id, audience, latest_version, created_at) VALUES
    ('6f1d3c1e-0b6a-4c55-9d0e-5a1b2c3d4e01', NULL, 'PARTICIPANT', 1, '2026-12-07T00:00:00Z'),
    ('6f1d3c1e-0b6a-4c55-9d0e-5a1b2c3d4e02', NULL, 'SUPERVISOR', 1, '2026-12-07T00:00:00Z');

INSERT INTO checkin_battery_version (battery_id, version, name, questions, saved_by, saved_at) VALUES
('6f1d3c1e-0b6a-4c55-9d0e-5a1b2c3d4e01', 1, 'Veckans avstämning – deltagare', '[
  {"key": "a1b2c3d4-0001-4000-8000-000000000101", "kind": "TRAFFIC_LIGHT", "text": "Hur har veckan varit?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0001-4000-8000-000000000102", "kind": "YES_NO", "text": "Har du gjort dina uppgifter?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0001-4000-8000-000000000103", "kind": "SCALE", "text": "Hur mycket har du pratat svenska på jobbet?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0001-4000-8000-000000000104", "kind": "FREE_TEXT", "text": "Vad gick bra?", "choices": [], "required": false},
  {"key": "a1b2c3d4-0001-4000-8000-000000000105", "kind": "FREE_TEXT", "text": "Vad var svårt?", "choices": [], "required": false},
  {"key": "a1b2c3d4-0001-4000-8000-000000000106", "kind": "YES_NO", "text": "Har du kommit i tid varje dag?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0001-4000-8000-000000000107", "kind": "CHOICE", "text": "Behöver du hjälp med något?", "choices": ["Nej", "Med jobbet", "Med svenskan", "Med resor", "Med barnomsorg", "Med hälsan", "Med pengar", "Med något annat"], "required": true},
  {"key": "a1b2c3d4-0001-4000-8000-000000000108", "kind": "FREE_TEXT", "text": "Vill du säga något mer?", "choices": [], "required": false}
]', NULL, '2026-12-07T00:00:00Z'),
('6f1d3c1e-0b6a-4c55-9d0e-5a1b2c3d4e02', 1, 'Veckans avstämning – handledare', '[
  {"key": "a1b2c3d4-0002-4000-8000-000000000201", "kind": "TRAFFIC_LIGHT", "text": "Hur har veckan gått för deltagaren?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000202", "kind": "SCALE", "text": "Hur väl har deltagaren utfört sina arbetsuppgifter?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000203", "kind": "SCALE", "text": "Hur mycket har deltagaren använt svenska i arbetet?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000204", "kind": "YES_NO", "text": "Har deltagaren varit på plats och kommit i tid alla dagar?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000205", "kind": "FREE_TEXT", "text": "Vad har gått bra?", "choices": [], "required": false},
  {"key": "a1b2c3d4-0002-4000-8000-000000000206", "kind": "FREE_TEXT", "text": "Vad har varit svårt?", "choices": [], "required": false},
  {"key": "a1b2c3d4-0002-4000-8000-000000000207", "kind": "CHOICE", "text": "Har något hinder uppstått?", "choices": ["Inget", "Frånvaro", "Sen ankomst", "Konflikt", "Hälsa", "Resor", "Barnomsorg", "Ekonomi", "Annat"], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000208", "kind": "YES_NO", "text": "Behöver du eller deltagaren stöd från koordinatorn?", "choices": [], "required": true},
  {"key": "a1b2c3d4-0002-4000-8000-000000000209", "kind": "FREE_TEXT", "text": "Övrigt", "choices": [], "required": false}
]', NULL, '2026-12-07T00:00:00Z');
