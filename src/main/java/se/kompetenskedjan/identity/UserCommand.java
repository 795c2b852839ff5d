package se.kompetenskedjan.identity;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a staff account. The password is optional: without it the account logs in through OIDC only;
 * the password policy (identity's PasswordPolicy) checks it, since its rules need the username.
 */
public record UserCommand(
        @NotNull(message = "{user.organisation.required}") UUID organisationId,
        UUID unitId,
        @NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-zA-Z0-9._@-]{3,100}", message = "{user.username.format}") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{field.tooLong}") String displayName,
        @Email(message = "{field.email}") @Size(max = 200, message = "{field.tooLong}") String email,
        @NotNull(message = "{user.role.required}") Role role,
        String password,
        Boolean enabled,
        Long version) {

    /** Never shows the password (nor the names), should a command ever end up in a message or a log. */
    @Override
    public String toString() {
        return "UserCommand[organisationId=" + organisationId + ", role=" + role + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
