package se.kompetenskedjan.checklists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New wording of one item of a tailored checklist (descriptors: blank keeps the scale's general wording). */
public record RewordCommand(
        @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
        @NotBlank(message = "{checklist.item.easyText.required}") @Size(max = 500, message = "{field.tooLong}") String easyText,
        @Size(max = 300, message = "{field.tooLong}") String descriptor0,
        @Size(max = 300, message = "{field.tooLong}") String descriptor1,
        @Size(max = 300, message = "{field.tooLong}") String descriptor2,
        @Size(max = 300, message = "{field.tooLong}") String descriptor3,
        @NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
