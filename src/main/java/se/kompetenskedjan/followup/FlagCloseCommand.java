package se.kompetenskedjan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a flag without an action says why. */
public record FlagCloseCommand(
        @NotBlank(message = "{followup.flag.note.required}") @Size(max = 2000, message = "{field.tooLong}") String note) {
}
