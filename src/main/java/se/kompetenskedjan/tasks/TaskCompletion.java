package se.kompetenskedjan.tasks;

import jakarta.validation.constraints.Size;

/** How a task was done, in a line (optional). */
public record TaskCompletion(@Size(max = 1000) String note) {
}
