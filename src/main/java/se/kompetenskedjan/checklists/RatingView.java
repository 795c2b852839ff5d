package se.kompetenskedjan.checklists;

import java.util.UUID;

/** One rated item: its wording as it was, the level (0-3) and the comment. */
public record RatingView(UUID itemId, UUID itemKey, String text, String easyText, boolean yesNo, int level,
        String comment) {
}
