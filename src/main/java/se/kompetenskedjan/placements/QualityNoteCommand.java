package se.kompetenskedjan.placements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator's note on how good a place is, and why. Never about a named participant. */
public record QualityNoteCommand(@NotNull(message = "{quality.rating.required}") QualityRating rating,
        @NotBlank(message = "{quality.note.required}") @Size(max = 2000, message = "{field.tooLong}") String note) {
}
