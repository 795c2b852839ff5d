package se.kompetenskedjan.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a user's sessions on every node: each session notes when it signed in, the account holds sessions_valid_from
 * (set by a password change or reset and by an admin's "end sessions"), and a filter in the page chain ends a session
 * that signed in before it, with one indexed lookup per page request; ending it deletes it from the session store
 * (PostgreSQL, decision 86).
 */
@Component
class SessionEnding {

    static final String SIGNED_IN_AT = SessionEnding.class.getName() + ".signedInAt";
    private static final List<String> STATIC_PATHS = List.of("/css/", "/js/", "/img/", "/assets/", "/webjars/",
            "/favicon.ico");

    private final SignedInAccounts accounts;
    private final Clock clock;

    SessionEnding(SignedInAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Now, as the database stores it. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A SessionAuthenticationStrategy: every interactive login (form, OIDC) notes its time in the session. */
    void stamp(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(SIGNED_IN_AT, now());
    }

    /**
     * Keeps the session of the current request, if it belongs to this user, valid from the given moment on: a user
     * who changes their password stays signed in where they did it.
     */
    void keepCurrentSession(String username, Instant validFrom) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) != null
                && username.equalsIgnoreCase(sessionUser(session))) {
            session.setAttribute(SIGNED_IN_AT, validFrom);
        }
    }

    /** For the page chain, after the security context is available. */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return STATIC_PATHS.stream().anyMatch(path::startsWith);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && ended(session, request)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Reads the session's account once for the whole request: the page then finds its signed-in user read. */
    private boolean ended(HttpSession session, HttpServletRequest request) {
        String username = sessionUser(session);
        if (username == null) {
            return false;
        }
        Optional<SignedInAccounts.SignedInAccount> account = accounts.byUsername(username);
        Instant validFrom = account.map(SignedInAccounts.SignedInAccount::sessionsValidFrom).orElse(null);
        if (validFrom != null
                && !(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn && !signedIn.isBefore(validFrom))) {
            return true;
        }
        if (passwordSession(session)) {
            account.ifPresent(a -> CurrentUsersFromSecurityContext.remember(new ServletRequestAttributes(request), a));
        }
        return false;
    }

    private static boolean passwordSession(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() instanceof UsernamePasswordAuthenticationToken;
    }

    /** The username of the session's signed-in user, or null when nobody signed in with it. */
    private static String sessionUser(HttpSession session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated()) {
            return context.getAuthentication().getName();
        }
        return null;
    }
}
