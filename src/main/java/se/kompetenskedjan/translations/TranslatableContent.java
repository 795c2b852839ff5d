package se.kompetenskedjan.translations;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

/**
 * Implemented by a module whose documents hold texts participants read. The module checks access the way it always
 * does (and records reads and writes of personal data in the audit trail); this module only stores translations.
 */
public interface TranslatableContent {

    /** The kind of document, as it appears in paths: ladder, plan, placement, proposal, checklist. */
    String kind();

    /** The document's current Swedish texts; throws NotFoundException or AccessDeniedException as a read would. */
    TranslatableDocument document(UUID id);

    /**
     * The same texts, for a change: throws AccessDeniedException unless the signed-in user may translate the document.
     * A document that holds personal data overrides this to record the write (instead of the read {@link #document}
     * records).
     */
    default TranslatableDocument documentToTranslate(UUID id) {
        TranslatableDocument document = document(id);
        if (!document.mayTranslate()) {
            throw new AccessDeniedException("only those who may edit the " + kind() + " translate it");
        }
        return document;
    }
}
