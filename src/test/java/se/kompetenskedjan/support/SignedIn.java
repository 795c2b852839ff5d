package se.kompetenskedjan.support;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a real account, the way a password sign-in leaves the security context: only the username is set,
 * so the account's rights come from its own row (identity's CurrentUsers reads them), as in a real request. The
 * test data builders use it to go through the modules' facades with their access checks on.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
