package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.UUID;

/** One row of the template list; organisationId null: a platform template. */
public record ChecklistTemplateSummary(UUID id, UUID organisationId, Industry industry, String title, String easyTitle,
        UUID profileVersionId, int itemCount, Instant updatedAt) {

    public boolean platform() {
        return organisationId == null;
    }
}
