package se.kompetenskedjan.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.ApiProblems;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers of the API as problem+json, written before any controller runs. */
@Component
class ProblemResponses {

    private final ApiProblems problems;
    private final JsonMapper json;

    ProblemResponses(ApiProblems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Kompetenskedjan\"");
        write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.detail.401"));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden", "problem.detail.403"));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
