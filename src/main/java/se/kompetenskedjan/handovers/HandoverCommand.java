package se.kompetenskedjan.handovers;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposal to hand the participant over to another organisation, with a note to the receiver. */
public record HandoverCommand(
        @NotNull(message = "{handover.to.required}") UUID toOrganisationId,
        @Size(max = 1000, message = "{field.tooLong}") String note) {
}
