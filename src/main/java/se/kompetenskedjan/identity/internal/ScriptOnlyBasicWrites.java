package se.kompetenskedjan.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic (demo profile only) is a credential the browser sends by itself, also with a form another site submits.
 * So a write to the API signed in with Basic must be something such a form cannot send: a JSON body, or the header
 * X-Requested-With (which, like a JSON content type, a page on another site can only send after a CORS preflight that
 * this application never answers). Multipart uploads need the header too, since an HTML form can send multipart.
 * Anything else is refused with 415 before the password is even checked.
 */
class ScriptOnlyBasicWrites extends OncePerRequestFilter {

    static final String SCRIPT_HEADER = "X-Requested-With";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemResponses problems;

    ScriptOnlyBasicWrites(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signedInWithBasic(request) && WRITES.contains(request.getMethod()) && !fromAScript(request)) {
            problems.basicWriteNeedsScript(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedInWithBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    static boolean fromAScript(HttpServletRequest request) {
        String requestedWith = request.getHeader(SCRIPT_HEADER);
        if (requestedWith != null && !requestedWith.isBlank()) {
            return true;
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
