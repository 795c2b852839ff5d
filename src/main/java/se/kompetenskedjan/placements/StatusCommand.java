package se.kompetenskedjan.placements;

import jakarta.validation.constraints.NotNull;

/** Publish (OPEN), pause, close or reopen a place; FULL is set by the platform as seats are taken. */
public record StatusCommand(@NotNull(message = "{placement.status.required}") PlacementStatus status,
        @NotNull(message = "{placement.lockVersion.required}") Long lockVersion) {
}
