package se.kompetenskedjan.checklists;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds an item to a tailored checklist (at the end). itemKey: a requirement item of the checklist's profile version,
 * or empty for a workplace item that is assessed but does not flow into the gap analysis. yesNo is taken from the
 * requirement item's type when itemKey is given. lockVersion: the checklist version read.
 */
public record ChecklistItemCommand(UUID itemKey, Boolean yesNo,
        @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
        @NotBlank(message = "{checklist.item.easyText.required}") @Size(max = 500, message = "{field.tooLong}") String easyText,
        @Size(max = 300, message = "{field.tooLong}") String descriptor0,
        @Size(max = 300, message = "{field.tooLong}") String descriptor1,
        @Size(max = 300, message = "{field.tooLong}") String descriptor2,
        @Size(max = 300, message = "{field.tooLong}") String descriptor3,
        @NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
