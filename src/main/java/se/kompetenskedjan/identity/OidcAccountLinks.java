package se.kompetenskedjan.identity;

import java.util.UUID;

/**
 * Which subject (the token's {@code sub}) of the configured OIDC issuer signs in as which local account. Set by the
 * account's organisation's administrator or a platform administrator; staff accounts only.
 */
public interface OidcAccountLinks {

    OidcLinkView link(UUID userId, OidcSubjectCommand command);

    void unlink(UUID userId);
}
