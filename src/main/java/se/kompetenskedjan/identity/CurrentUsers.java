package se.kompetenskedjan.identity;

import java.util.Optional;

/** Resolves who is signed in, whichever way they signed in (form, HTTP Basic, OIDC or a bearer token). */
public interface CurrentUsers {

    /** The signed-in user; throws AccessDeniedException if nobody with a local account is signed in. */
    CurrentUser current();

    Optional<CurrentUser> currentIfAny();
}
