package se.kompetenskedjan.placements;

import java.time.Instant;
import java.util.UUID;

public record QualityNoteView(UUID id, QualityRating rating, String note, String authorName, Instant createdAt) {
}
