package se.kompetenskedjan.checklists;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating of one item of the checklist on the level scale 0-3 (yes/no items: 0 or 3), with an optional comment. */
public record RatingCommand(@NotNull(message = "{validation.assessment.rating.item.required}") UUID itemId,
        @NotNull(message = "{validation.assessment.rating.level.required}") Integer level,
        @Size(max = 1000, message = "{field.tooLong}") String comment) {
}
