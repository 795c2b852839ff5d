package se.kompetenskedjan.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a planned meeting will not take place (optional), and the version read. */
public record MeetingCancellation(@Size(max = 500, message = "{field.tooLong}") String reason,
        @NotNull(message = "{meeting.lockVersion.required}") Long lockVersion) {
}
