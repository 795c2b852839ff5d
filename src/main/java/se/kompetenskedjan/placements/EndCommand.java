package se.kompetenskedjan.placements;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Ends an active placement: completed (no reason needed) or ended early (reason required). */
public record EndCommand(@NotNull(message = "{proposal.completed.required}") Boolean completed, EndReason reason,
        @NotNull(message = "{proposal.endsOn.required}") LocalDate endedOn,
        @Size(max = 2000, message = "{field.tooLong}") String note,
        @NotNull(message = "{proposal.lockVersion.required}") Long lockVersion) {
}
