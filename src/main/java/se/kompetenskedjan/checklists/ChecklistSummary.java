package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.UUID;

public record ChecklistSummary(UUID id, UUID placementId, String placementTitle, String title, String easyTitle,
        int itemCount, Instant updatedAt) {

    /** The name the participant sees the checklist by: its easy title, else its title. */
    public String participantTitle() {
        return ChecklistView.participantTitle(title, easyTitle);
    }
}
