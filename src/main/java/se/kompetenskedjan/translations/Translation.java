package se.kompetenskedjan.translations;

import java.util.Map;
import java.util.UUID;

/**
 * The translations of one or more documents into one language, read in one query, for a page to show its texts with.
 * A text without a translation comes back in Swedish, marked as such.
 */
public final class Translation {

    private final String language;
    private final Map<UUID, Map<String, String>> byDocument;

    public Translation(String language, Map<UUID, Map<String, String>> byDocument) {
        this.language = language;
        this.byDocument = Map.copyOf(byDocument);
    }

    /** For a page shown in Swedish: every text as written. */
    public static Translation swedish() {
        return new Translation(ContentLanguages.SWEDISH, Map.of());
    }

    public String language() {
        return language;
    }

    /** The text in this translation's language; null stays null. */
    public LocalizedText of(UUID documentId, String swedish) {
        if (swedish == null) {
            return null;
        }
        String text = swedish.strip();
        if (ContentLanguages.SWEDISH.equals(language) || text.isEmpty()) {
            return new LocalizedText(text, ContentLanguages.SWEDISH, false);
        }
        String translated = byDocument.getOrDefault(documentId, Map.of()).get(SourceHash.of(text));
        return translated == null ? new LocalizedText(text, ContentLanguages.SWEDISH, true)
                : new LocalizedText(translated, language, false);
    }
}
