package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The participant's consent to share their data with other organisations for a stated purpose and period. */
public record ConsentCommand(
        @NotBlank(message = "{consent.purpose.required}") @Size(max = 500, message = "{field.tooLong}") String purpose,
        @NotEmpty(message = "{consent.organisations.required}") @Size(max = 50, message = "{consent.organisations.tooMany}") Set<UUID> organisationIds,
        @NotNull(message = "{consent.givenOn.required}") LocalDate givenOn,
        @NotNull(message = "{consent.validUntil.required}") LocalDate validUntil) {
}
