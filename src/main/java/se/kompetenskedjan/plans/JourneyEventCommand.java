package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step change on a journey: ADVANCED and RETURNED name the step (toStepId), ENDED_EARLY a dropout reason, OUTCOME
 * an outcome. The version is the journey version that was read (stale: 409).
 */
public record JourneyEventCommand(@NotNull(message = "{journey.type.required}") JourneyEventType type,
        @NotNull(message = "{journey.date.required}") LocalDate on, UUID toStepId,
        @Size(max = 1000, message = "{field.tooLong}") String reason, DropoutReason dropoutReason, Outcome outcome,
        @NotNull(message = "{journey.version.required}") Long version) {
}
