-- Translations of participant-facing content, keyed by the hash of the Swedish text they translate: a changed text
-- no longer finds its old translation (it counts as missing), an unchanged one keeps it.
CREATE TABLE content_translation (
    document_kind text        NOT NULL,
    document_id   uuid        NOT NULL,
    language      text        NOT NULL,
    source_hash   char(64)    NOT NULL,
    text          text        NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    translated_by uuid        NOT NULL,
    translated_at timestamptz NOT NULL,
    PRIMARY KEY (document_kind, document_id, language, source_hash)
);
