package se.kompetenskedjan.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * Signing in in the browser through the organisation's identity provider (OIDC), for pages of other modules that
 * start it for a purpose of their own (a participant's invitation). Who the person is afterwards is still decided by
 * {@link CurrentUsers}: the local account linked to the provider's subject.
 */
public interface OidcSignIn {

    /**
     * The provider's name as its sign-in button says it (KK_OIDC_DISPLAY_NAME), when signing in through OIDC in the
     * browser is configured; empty otherwise, and then no page may offer it.
     */
    Optional<String> providerName();

    /**
     * Starts a sign-in at the provider that, when it succeeds, comes back to {@code returnPath} (a path of this
     * application, such as "/inbjudan/oidc") instead of the start page; a failed sign-in forgets it. Returns the
     * path to send the browser to. IllegalStateException when OIDC is not configured.
     */
    String start(HttpSession session, String returnPath);

    /**
     * The subject (sub) of the person signed in through OIDC in the browser in this request, whether or not an account
     * is linked to it yet; empty for any other kind of sign-in.
     */
    Optional<String> signedInSubject();
}
