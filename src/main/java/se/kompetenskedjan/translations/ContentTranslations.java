package se.kompetenskedjan.translations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Translations of participant-facing content: looked up by pages, edited by staff, counted per language. */
public interface ContentTranslations {

    /** The participant languages the installation offers for content (kk.content-languages), in order. */
    List<String> languages();

    /**
     * The translations of the given documents into a language, for a page in that language (Swedish: every text as
     * written; a language the installation does not offer: every text in Swedish, marked). No access check: the
     * caller has read the documents.
     */
    Translation translation(String kind, Collection<UUID> documentIds, String language);

    /** Per document: the offered languages it has at least one translation in, in the installation's order. */
    java.util.Map<UUID, List<String>> translatedLanguages(String kind, Collection<UUID> documentIds);

    /** How much of the document is translated, per offered language. */
    TranslationCoverage coverage(String kind, UUID documentId);

    /** The document's texts with their translations into one language, for editing. */
    TranslationSheet sheet(String kind, UUID documentId, String language);

    /** Saves translations of the document's current texts; a blank translation removes one. All or nothing. */
    TranslationSheet save(String kind, UUID documentId, String language, TranslationCommand command);
}
