package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Enrols a participant in a ladder, on its first step unless another is named. */
public record EnrolCommand(@NotNull(message = "{journey.ladder.required}") UUID ladderId, UUID stepId,
        @NotNull(message = "{journey.date.required}") LocalDate on,
        @Size(max = 1000, message = "{field.tooLong}") String reason) {
}
