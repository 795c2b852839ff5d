package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One task of the job as written in a draft. id: empty for a new task, or the id read (keeps the task); itemKeys:
 * the items of the same draft the task needs.
 */
public record TaskCommand(
        UUID id,
        @NotBlank(message = "{profile.task.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
        @NotBlank(message = "{profile.task.easyText.required}") @Size(max = 500, message = "{field.tooLong}") String easyText,
        @Size(max = 100, message = "{profile.task.itemKeys.tooMany}") List<@NotNull(message = "{profile.task.itemKeys.unknown}") UUID> itemKeys) {
}
