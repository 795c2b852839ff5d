package se.kompetenskedjan.education;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A course result: passed or not, an optional grade as text (e.g. "E", "C"), the date decided (none: today). */
public record ResultCommand(
        @NotNull(message = "{education.result.outcome.required}") ResultOutcome outcome,
        @Size(max = 100, message = "{field.tooLong}") String grade,
        LocalDate decidedOn) {
}
