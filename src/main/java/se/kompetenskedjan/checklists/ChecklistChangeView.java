package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.util.UUID;

/** One change in a tailored checklist's history: what, before and after, who and when. */
public record ChecklistChangeView(UUID id, UUID itemId, ChecklistChangeType change, String beforeText,
        String afterText, String changedByName, Instant changedAt) {
}
