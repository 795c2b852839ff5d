package se.kompetenskedjan.certificates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Revoke an issued certificate; the reason is kept (not shown publicly). */
public record RevokeCommand(
        @NotBlank(message = "{certificate.revoke.reason.required}") @Size(max = 500, message = "{field.tooLong}") String reason) {
}
