package se.kompetenskedjan.identity.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.UserId;

/**
 * Every way of signing in ends with an authentication whose name is a local username (OIDC and bearer tokens are
 * configured to use the username claim), so rights always come from our own account table, never from the token.
 */
@Component
class CurrentUsersFromSecurityContext implements CurrentUsers {

    private static final String CACHE_ATTRIBUTE = CurrentUsersFromSecurityContext.class.getName();

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;

    CurrentUsersFromSecurityContext(UserAccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public CurrentUser current() {
        return currentIfAny().orElseThrow(() -> new AccessDeniedException("no signed-in user with a local account"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String cacheKey = CACHE_ATTRIBUTE + ":" + authentication.getName();
        if (request != null && request.getAttribute(cacheKey, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> user = accounts.findByUsername(authentication.getName())
                .filter(UserAccount::enabled)
                .map(this::toCurrentUser);
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(cacheKey, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    private CurrentUser toCurrentUser(UserAccount account) {
        Organisation organisation = organisations.getReferenceById(account.organisationId());
        return new CurrentUser(new UserId(account.id()), account.username(), account.displayName(),
                new OrganisationId(account.organisationId()), organisation.name(), organisation.platformHost(),
                account.role(), account.participantId());
    }
}
