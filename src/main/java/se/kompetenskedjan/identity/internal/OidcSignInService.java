package se.kompetenskedjan.identity.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.kompetenskedjan.identity.OidcSignIn;

/**
 * The browser sign-in through the one identity provider OidcSettings registers ("idp"). The way back after a
 * sign-in started for another module's page is kept in the session and taken by the page chain's OIDC success (or
 * failure) handler, see SecurityConfiguration.
 */
@Component
class OidcSignInService implements OidcSignIn {

    static final String REGISTRATION_ID = "idp";
    static final String RETURN_PATH = OidcSignInService.class.getName() + ".returnPath";

    private final ObjectProvider<ClientRegistrationRepository> clients;

    OidcSignInService(ObjectProvider<ClientRegistrationRepository> clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> providerName() {
        return registration().map(ClientRegistration::getClientName).filter(StringUtils::hasText);
    }

    @Override
    public String start(HttpSession session, String returnPath) {
        if (registration().isEmpty()) {
            throw new IllegalStateException("signing in through OIDC is not configured");
        }
        if (!localPath(returnPath)) {
            throw new IllegalArgumentException("not a path of this application: " + returnPath);
        }
        session.setAttribute(RETURN_PATH, returnPath);
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }

    @Override
    public Optional<String> signedInSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token && token.isAuthenticated()
                && token.getPrincipal() instanceof OidcUser user) {
            return Optional.ofNullable(user.getSubject());
        }
        return Optional.empty();
    }

    /** The path a sign-in started by {@link #start} returns to, forgotten once taken; null if none. */
    static String takeReturnPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RETURN_PATH) instanceof String path)) {
            return null;
        }
        session.removeAttribute(RETURN_PATH);
        return localPath(path) ? path : null;
    }

    /** "/something" on this host: not "//host" or "/\host", which browsers read as another host. */
    static boolean localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl);
    }

    private Optional<ClientRegistration> registration() {
        ClientRegistrationRepository repository = clients.getIfAvailable();
        return repository == null ? Optional.empty() : Optional.ofNullable(repository.findByRegistrationId(REGISTRATION_ID));
    }
}
