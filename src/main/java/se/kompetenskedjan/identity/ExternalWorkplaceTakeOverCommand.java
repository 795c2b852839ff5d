package se.kompetenskedjan.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The employer takes over a workplace without an account: the first account of the employer, an employer manager
 * (usually the contact person), with a starting password the password policy accepts. The municipality's stand-in
 * rights end in the same step.
 */
public record ExternalWorkplaceTakeOverCommand(
        @NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-zA-Z0-9._@-]{3,100}", message = "{user.username.format}") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{field.tooLong}") String displayName,
        @Email(message = "{field.email}") @Size(max = 200, message = "{field.tooLong}") String email,
        @NotBlank(message = "{externalWorkplace.takeOver.password.required}") String password) {

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ExternalWorkplaceTakeOverCommand[username=" + username + ", password=***]";
    }
}
