package se.kompetenskedjan.placements;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator proposes a participant for a place, with the match score shown and why. */
public record ProposeCommand(@NotNull(message = "{proposal.placement.required}") UUID placementId,
        @NotNull(message = "{proposal.participant.required}") UUID participantId,
        @Min(value = 0, message = "{proposal.score.range}") @Max(value = 100, message = "{proposal.score.range}") Integer score,
        @Size(max = 2000, message = "{field.tooLong}") String motivation) {
}
