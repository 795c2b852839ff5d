package se.kompetenskedjan.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import se.kompetenskedjan.shared.ApiProblems;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403, 415 and 429 answers of the API as problem+json, written before any controller runs. */
@Component
class ProblemResponses {

    private final ApiProblems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(ApiProblems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (ex instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "login.throttled",
                    throttled.minutes());
            return;
        }
        // No Basic challenge, even in the demo: it would make a browser ask for a password and then send it by
        // itself with every later request to the API, also with those another site makes it send.
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.detail.401");
    }

    void basicWriteNeedsScript(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "basic-write-needs-json", "problem.basicWriteNeedsJson");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.detail.403");
    }

    /** Runs before the DispatcherServlet has set the request's language, so resolves it here. */
    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detailKey, Object... args) throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        ProblemDetail problem;
        try {
            problem = problems.problem(status, type, detailKey, args);
            problem.setInstance(URI.create(request.getRequestURI()));
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
