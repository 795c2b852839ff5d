package se.kompetenskedjan.handovers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The receiver's no, with the reason the sender will read. */
public record HandoverDecline(
        @NotBlank(message = "{handover.reason.required}") @Size(max = 1000, message = "{field.tooLong}") String reason) {
}
