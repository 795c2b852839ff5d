package se.kompetenskedjan.matching;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assignments the coordinator keeps (adjusted or not); each becomes a proposal to the employer, all or none. */
public record ConfirmAllocationCommand(
        @NotEmpty(message = "{allocation.assignments.required}") @Size(max = 5000, message = "{allocation.participants.tooMany}")
        List<@NotNull @Valid Pair> assignments) {

    public record Pair(@NotNull(message = "{proposal.participant.required}") UUID participantId,
            @NotNull(message = "{proposal.placement.required}") UUID placementId) {
    }
}
