package se.kompetenskedjan.matching;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A cohort (e.g. a spring intake) and the places to share out among them. */
public record AllocationCommand(
        @NotEmpty(message = "{allocation.participants.required}") @Size(max = 5000, message = "{allocation.participants.tooMany}") List<@NotNull UUID> participantIds,
        @NotEmpty(message = "{allocation.placements.required}") @Size(max = 5000, message = "{allocation.placements.tooMany}") List<@NotNull UUID> placementIds) {
}
