package se.kompetenskedjan.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A planned meeting took place: its notes (optional) and the version read. */
public record HeldMeetingCommand(@Size(max = 20000, message = "{field.tooLong}") String notes,
        @NotNull(message = "{meeting.lockVersion.required}") Long lockVersion) {
}
