package se.kompetenskedjan.education;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Ends an enrolment on its last day (none: today, or the enrolment's first day if later). */
public record EnrolmentEnd(
        @NotNull(message = "{education.enrolment.reason.required}") EnrolmentEndReason reason,
        LocalDate endedOn) {
}
