package se.kompetenskedjan.identity.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;

/**
 * Every way of signing in ends with a local account, so rights always come from our own account table, never from a
 * token: a password (form, demo HTTP Basic) names the account by its username; OIDC login and bearer tokens by the
 * issuer's subject (sub) that an administrator linked to the account (or a participant, from their invitation). A
 * username claim in a token is never used.
 */
@Component
class CurrentUsersFromSecurityContext implements CurrentUsers {

    private static final String CACHE_ATTRIBUTE = CurrentUsersFromSecurityContext.class.getName();

    private final SignedInAccounts accounts;

    CurrentUsersFromSecurityContext(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public CurrentUser current() {
        return currentIfAny().orElseThrow(() -> new AccessDeniedException("no signed-in user with a local account"));
    }

    @Override
    public Optional<CurrentUser> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        boolean password = authentication instanceof UsernamePasswordAuthenticationToken;
        String key = password ? authentication.getName() : oidcSubject(authentication);
        if (key == null) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String cacheKey = cacheKey(password, key);
        if (request != null && request.getAttribute(cacheKey, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> user = (password ? accounts.byUsername(key) : accounts.byOidcSubject(key))
                .filter(SignedInAccounts.SignedInAccount::enabled)
                .map(SignedInAccounts.SignedInAccount::user);
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(cacheKey, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    /** For a filter that has read the password-signed-in account already, so the request reads it once. */
    static void remember(RequestAttributes request, SignedInAccounts.SignedInAccount account) {
        if (account.enabled()) {
            request.setAttribute(cacheKey(true, account.user().username()), account.user(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static String cacheKey(boolean password, String key) {
        return CACHE_ATTRIBUTE + (password ? ":username:" : ":sub:") + key;
    }

    /** The issuer's subject when signed in through OIDC or with a bearer token; null for any other kind of sign-in. */
    private static String oidcSubject(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getSubject();
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return user.getSubject();
        }
        return null;
    }

}
