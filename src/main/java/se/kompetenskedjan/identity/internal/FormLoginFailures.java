package se.kompetenskedjan.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;

/** Where a failed form login goes: the login page, saying how long to wait when the throttle refused it. */
final class FormLoginFailures {

    private FormLoginFailures() {
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof LoginThrottledException throttled
                ? "/login?throttled=" + throttled.minutes()
                : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
