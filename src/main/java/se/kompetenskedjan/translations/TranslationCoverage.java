package se.kompetenskedjan.translations;

import java.util.List;
import java.util.UUID;

/** Per offered language: how many of the document's distinct texts are translated, and which are missing. */
public record TranslationCoverage(String kind, UUID documentId, String title, String link, boolean mayTranslate,
        int texts, List<LanguageCoverage> languages) {

    public record LanguageCoverage(String language, int translated, List<String> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }
}
