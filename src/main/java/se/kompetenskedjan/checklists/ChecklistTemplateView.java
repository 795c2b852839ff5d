package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A whole checklist template. mayEdit: whether the signed-in user may change it. */
public record ChecklistTemplateView(UUID id, UUID organisationId, String organisationName, Industry industry,
        String title, String easyTitle, UUID profileVersionId, String profileTitle, List<ChecklistItemView> items,
        Instant updatedAt, long lockVersion, boolean mayEdit) {

    public boolean platform() {
        return organisationId == null;
    }
}
