package se.kompetenskedjan.followup;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The action a flag becomes: a task with an owner and a due date (today or later). */
public record FlagActionCommand(
        @NotBlank(message = "{followup.action.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 2000, message = "{field.tooLong}") String description,
        @NotNull(message = "{followup.action.owner.required}") UUID ownerId,
        @NotNull(message = "{followup.action.due.required}") LocalDate dueDate) {
}
