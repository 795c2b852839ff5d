package se.kompetenskedjan.certificates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Rotate an organisation's certificate signing key: ROUTINE (certificates signed with the old key keep verifying) or
 * COMPROMISED (the old key is withdrawn: its certificates no longer verify as genuine). The note is kept for the
 * organisation's admins.
 */
public record RotateKeyCommand(
        @NotBlank(message = "{certificate.key.reason.required}")
        @Pattern(regexp = "ROUTINE|COMPROMISED", message = "{certificate.key.reason.invalid}") String reason,
        @Size(max = 500, message = "{field.tooLong}") String note) {
}
