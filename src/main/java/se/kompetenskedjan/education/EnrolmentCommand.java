package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Enrols a participant on an occasion from a date (none: today, or the occasion's start if later). */
public record EnrolmentCommand(
        @NotNull(message = "{education.enrolment.participant.required}") UUID participantId,
        LocalDate fromDate) {
}
