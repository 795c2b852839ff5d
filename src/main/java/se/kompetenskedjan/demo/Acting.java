package se.kompetenskedjan.demo;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo's parts act as the demo users, through the other modules' facades, so those modules check the rights and
 * write the audit trail as for a request. Only the username goes into the security context: the rights come from the
 * account's row.
 */
final class Acting {

    private Acting() {
    }

    static <T> T as(String username, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
