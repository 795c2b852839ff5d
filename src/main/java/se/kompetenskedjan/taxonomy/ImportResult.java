package se.kompetenskedjan.taxonomy;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of an export into the catalogue, as the import log keeps it. importedBy is null (and importedByName
 * the application) when the bundled snapshot was loaded on start. skipped counts concepts of unknown types.
 */
public record ImportResult(UUID id, Instant importedAt, UUID importedBy, String importedByName, String source,
        int added, int updated, int deactivated, int unchanged, int skipped, long durationMillis) {
}
