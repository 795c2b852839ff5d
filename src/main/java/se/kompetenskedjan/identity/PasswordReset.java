package se.kompetenskedjan.identity;

import jakarta.validation.constraints.NotBlank;

/** An admin sets a new password for a user (who then signs in with it). */
public record PasswordReset(@NotBlank(message = "{user.password.new.required}") String newPassword) {

    @Override
    public String toString() {
        return "PasswordReset[***]";
    }
}
