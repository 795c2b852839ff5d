package se.kompetenskedjan.indicators;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The last day a participant takes part in a project (on or after the day they were taken in). */
public record ProjectRemovalCommand(@NotNull(message = "{project.removedOn.required}") LocalDate on) {
}
