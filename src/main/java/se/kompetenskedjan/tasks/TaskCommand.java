package se.kompetenskedjan.tasks;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What must be done, by whom and by when; a participant when it is about one. */
@Schema(name = "AssignedTaskCommand")
public record TaskCommand(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
        @NotNull UUID ownerId, @NotNull LocalDate dueDate, UUID participantId) {
}
