package se.kompetenskedjan.identity;

import jakarta.validation.constraints.NotBlank;

/** A user changes their own password: the current one proves it is them. */
public record PasswordChange(
        @NotBlank(message = "{user.password.current.required}") String currentPassword,
        @NotBlank(message = "{user.password.new.required}") String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
