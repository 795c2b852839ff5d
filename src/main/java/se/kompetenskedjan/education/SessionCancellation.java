package se.kompetenskedjan.education;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SessionCancellation(
        @NotBlank(message = "{education.session.reason.required}") @Size(max = 500, message = "{field.tooLong}") String reason) {
}
