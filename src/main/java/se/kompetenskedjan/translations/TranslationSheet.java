package se.kompetenskedjan.translations;

import java.util.List;
import java.util.UUID;

/** A document's Swedish texts by section, each with its translation into one language (null: missing). */
public record TranslationSheet(String kind, UUID documentId, String title, String link, boolean mayTranslate,
        String language, List<Section> sections) {

    public record Section(String heading, List<Entry> entries) {
    }

    public record Entry(String source, String translation) {
    }

    public boolean rightToLeft() {
        return ContentLanguages.rightToLeft(language);
    }
}
