package se.kompetenskedjan.checklists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Moves an item of a tailored checklist to a new place (1 = first) among the items not removed. */
public record MoveCommand(@NotNull(message = "{checklist.position.required}")
        @Min(value = 1, message = "{checklist.position.range}") @Max(value = 500, message = "{checklist.position.range}") Integer position,
        @NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
