package se.kompetenskedjan.checklists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New title of a tailored checklist. */
public record RenameCommand(
        @NotBlank(message = "{checklist.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 200, message = "{field.tooLong}") String easyTitle,
        @NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
