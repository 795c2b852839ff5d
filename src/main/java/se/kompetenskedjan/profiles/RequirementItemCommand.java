package se.kompetenskedjan.profiles;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One requirement as written in a draft. itemKey: empty for a new requirement; the key read from an earlier
 * version keeps it the same requirement; a new UUID of the caller's choosing is also accepted (so tasks in the
 * same request can refer to a new item), if no other profile uses it.
 */
public record RequirementItemCommand(
        UUID itemKey,
        @NotNull(message = "{profile.item.type.required}") RequirementType type,
        @NotBlank(message = "{profile.item.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
        @NotBlank(message = "{profile.item.easyText.required}") @Size(max = 500, message = "{field.tooLong}") String easyText,
        @NotNull(message = "{profile.item.targetLevel.range}") @Min(value = LevelScale.MIN, message = "{profile.item.targetLevel.range}")
        @Max(value = LevelScale.MAX, message = "{profile.item.targetLevel.range}") Integer targetLevel,
        @NotNull(message = "{profile.item.mandatory.required}") Boolean mandatory,
        @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = "^$|[A-Za-z0-9_]{4,20}", message = "{profile.conceptId.format}") String skillConceptId,
        @Size(max = 200, message = "{field.tooLong}") String skillLabel) {
}
