package se.kompetenskedjan.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationCommand(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotNull(message = "{organisation.type.required}") OrganisationType type,
        @Pattern(regexp = "^$|\\d{6}-\\d{4}", message = "{organisation.orgNumber.format}") String orgNumber,
        @Size(max = 100, message = "{field.tooLong}") String municipality,
        Long version) {
}
