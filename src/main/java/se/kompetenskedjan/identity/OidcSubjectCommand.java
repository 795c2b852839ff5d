package se.kompetenskedjan.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The issuer's subject identifier as it stands in the tokens: case-sensitive, at most 255 ASCII characters (OIDC Core). */
public record OidcSubjectCommand(
        @NotBlank(message = "{user.oidcSubject.required}")
        @Pattern(regexp = "\\p{Graph}{1,255}", message = "{user.oidcSubject.format}") String subject) {
}
