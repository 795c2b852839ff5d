package se.kompetenskedjan.matching;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Waives one hard requirement for one participant and one place; the written reason is required. */
public record WaiverCommand(@NotNull(message = "{waiver.placement.required}") UUID placementId,
        @NotNull(message = "{waiver.requirement.required}") HardRequirement requirement,
        @NotBlank(message = "{waiver.reason.required}") @Size(min = 10, max = 1000, message = "{waiver.reason.length}") String reason) {
}
