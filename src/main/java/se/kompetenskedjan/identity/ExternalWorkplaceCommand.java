package se.kompetenskedjan.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers or changes a workplace of an employer without an account: the employer's name and organisation number
 * (NNNNNN-NNNN or ten digits; the check digit is checked too), the workplace's address and the employer's contact
 * person. On update, version is the version read (stale: 409).
 */
public record ExternalWorkplaceCommand(
        @NotBlank(message = "{externalWorkplace.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotBlank(message = "{externalWorkplace.orgNumber.required}")
        @Pattern(regexp = "\\s*\\d{6}-?\\d{4}\\s*", message = "{externalWorkplace.orgNumber.format}") String orgNumber,
        @NotBlank(message = "{externalWorkplace.address.required}") @Size(max = 200, message = "{field.tooLong}") String address,
        @NotBlank(message = "{externalWorkplace.contactName.required}") @Size(max = 200, message = "{field.tooLong}") String contactName,
        @Email(message = "{field.email}") @Size(max = 200, message = "{field.tooLong}") String contactEmail,
        @Pattern(regexp = "^$|[0-9 +()-]{5,40}", message = "{externalWorkplace.contactPhone.format}") String contactPhone,
        Long version) {
}
