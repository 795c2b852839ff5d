package se.kompetenskedjan.plans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where the participant was at a follow-up point after the journey ended: the outcome (the same values as at the
 * end), the day it was found out (on or after the point's day, not after today) and an optional note. Recording a
 * point again corrects it.
 */
public record FollowUpOutcomeCommand(@NotNull(message = "{followUp.point.required}") FollowUpPoint point,
        @NotNull(message = "{journey.outcome.required}") Outcome outcome,
        @NotNull(message = "{journey.date.required}") LocalDate on,
        @Size(max = 1000, message = "{field.tooLong}") String note) {
}
