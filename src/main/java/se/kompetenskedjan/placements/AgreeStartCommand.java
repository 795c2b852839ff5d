package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The agreed start: period and the supervisor (who must have a free slot). */
public record AgreeStartCommand(@NotNull(message = "{proposal.startsOn.required}") LocalDate startsOn, LocalDate endsOn,
        @NotNull(message = "{proposal.supervisor.required}") UUID supervisorId,
        @NotNull(message = "{proposal.lockVersion.required}") Long lockVersion) {
}
