package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Takes a participant into a project from a date (within the project's period). */
public record ProjectParticipantCommand(@NotNull(message = "{project.participant.required}") UUID participantId,
        @NotNull(message = "{project.takenInOn.required}") LocalDate on) {
}
