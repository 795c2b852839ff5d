package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.UUID;

/** Evidence of an assessment (itemId: for one item, or null for the whole assessment); files are downloaded apart. */
public record EvidenceView(UUID id, UUID itemId, EvidenceKind kind, String note, String fileName, String contentType,
        Integer sizeBytes, String addedByName, Instant addedAt) {
}
