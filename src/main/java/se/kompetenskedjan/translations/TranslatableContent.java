package se.kompetenskedjan.translations;

import java.util.UUID;

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
     * The same texts, for a change: throws AccessDeniedException unless the signed-in user may translate the document,
     * and records the write where the document holds personal data (instead of the read {@link #document} records).
     */
    TranslatableDocument documentToTranslate(UUID id);
}
