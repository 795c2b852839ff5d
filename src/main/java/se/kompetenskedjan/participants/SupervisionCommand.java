package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Assigns a supervisor at a workplace to a participant for a period; the supervisor then sees that participant. */
public record SupervisionCommand(@NotNull(message = "{supervision.supervisor.required}") UUID supervisorId, UUID unitId,
        @NotNull(message = "{supervision.startsOn.required}") LocalDate startsOn, LocalDate endsOn) {
}
