package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.UUID;

public record ChecklistSummary(UUID id, UUID placementId, String placementTitle, String title, String easyTitle,
        int itemCount, Instant updatedAt) {
}
