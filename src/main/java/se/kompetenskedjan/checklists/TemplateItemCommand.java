package se.kompetenskedjan.checklists;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One item of a checklist template: the requirement item it validates (by its item key in the template's profile
 * version), the workplace wording, an easy-Swedish wording, and what each level 0-3 means for it (blank: the scale's
 * general wording). id: an existing item of the template to keep (its tailored copies keep their origin), or empty.
 */
public record TemplateItemCommand(UUID id,
        @NotNull(message = "{checklist.item.itemKey.required}") UUID itemKey,
        @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
        @NotBlank(message = "{checklist.item.easyText.required}") @Size(max = 500, message = "{field.tooLong}") String easyText,
        @Size(max = 300, message = "{field.tooLong}") String descriptor0,
        @Size(max = 300, message = "{field.tooLong}") String descriptor1,
        @Size(max = 300, message = "{field.tooLong}") String descriptor2,
        @Size(max = 300, message = "{field.tooLong}") String descriptor3) {
}
