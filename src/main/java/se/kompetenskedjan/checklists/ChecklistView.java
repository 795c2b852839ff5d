package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A checklist tailored for one placement: its origin (template), the profile version its items validate, the items
 * in order (removed ones last, marked), who made it. mayEdit: whether the signed-in user may tailor it.
 */
public record ChecklistView(UUID id, UUID placementId, String placementTitle, UUID templateId, String templateTitle,
        UUID profileVersionId, String title, String easyTitle, List<ChecklistItemView> items, String createdByName,
        Instant createdAt, Instant updatedAt, long lockVersion, boolean mayEdit) {

    /** The name the participant sees the checklist by: its easy title, else its title. */
    public String participantTitle() {
        return participantTitle(title, easyTitle);
    }

    static String participantTitle(String title, String easyTitle) {
        return easyTitle == null || easyTitle.isBlank() ? title : easyTitle;
    }

    public List<ChecklistItemView> activeItems() {
        return items.stream().filter(i -> !i.removed()).toList();
    }

    public List<ChecklistItemView> removedItems() {
        return items.stream().filter(ChecklistItemView::removed).toList();
    }
}
