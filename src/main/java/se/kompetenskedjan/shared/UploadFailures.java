package se.kompetenskedjan.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads (multipart/form-data) that cannot be read: larger than spring.servlet.multipart's limits, or a file name
 * Tomcat refuses (one with NUL). Tomcat fails where the parameters are first read — Spring Security's CSRF filter for
 * the pages, before any controller advice — and would answer with its own English HTML page (or a 500). This filter,
 * outside Spring Security, sends the status instead, so the error dispatch shows the Swedish error page (ErrorPages:
 * problem+json for the API, an error summary for pages). A request that declares a length over max-request-size
 * fails the same way without its body being read at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadFailures extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadFailures(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        try {
            chain.doFilter(maxRequestBytes >= 0 && length > maxRequestBytes
                    ? new Unreadable(request, length, maxRequestBytes) : request, response);
        } catch (ServletException | IOException | RuntimeException ex) {
            Failure failure = Failure.of(ex);
            if (failure == null || response.isCommitted()) {
                throw ex;
            }
            if (failure.detail != null) {
                request.setAttribute(ErrorPages.DETAIL, failure.detail);
            }
            response.sendError(failure.status);
        }
    }

    /**
     * A request whose declared length is over max-request-size: whatever reads its parameters or body fails at once,
     * as Tomcat would after reading max-request-size bytes (Spring turns the message into a 413), and nothing reads it.
     */
    static final class Unreadable extends HttpServletRequestWrapper {

        private final String message;

        Unreadable(HttpServletRequest request, long length, long max) {
            super(request);
            this.message = "the request's declared size (" + length + ") exceeds the configured maximum (" + max + ")";
        }

        private TooLarge tooLarge() {
            return new TooLarge(message);
        }

        @Override
        public String getParameter(String name) {
            throw tooLarge();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            throw tooLarge();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            throw tooLarge();
        }

        @Override
        public String[] getParameterValues(String name) {
            throw tooLarge();
        }

        @Override
        public Collection<Part> getParts() {
            throw tooLarge();
        }

        @Override
        public Part getPart(String name) {
            throw tooLarge();
        }

        @Override
        public ServletInputStream getInputStream() {
            throw tooLarge();
        }

        @Override
        public BufferedReader getReader() {
            throw tooLarge();
        }
    }

    static final class TooLarge extends IllegalStateException {
        TooLarge(String message) {
            super(message);
        }
    }

    private enum Failure {
        TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, null),
        FILE_NAME(HttpServletResponse.SC_BAD_REQUEST, "error.body.fileName"),
        UNREADABLE(HttpServletResponse.SC_BAD_REQUEST, null);

        final int status;
        final String detail;

        Failure(int status, String detail) {
            this.status = status;
            this.detail = detail;
        }

        static Failure of(Throwable ex) {
            boolean unreadable = false;
            for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidFileNameException) {
                    return FILE_NAME;
                }
                if (t instanceof TooLarge || t instanceof MaxUploadSizeExceededException || t instanceof SizeException
                        || t instanceof InvalidParameterException invalid
                                && invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                    return TOO_LARGE;
                }
                unreadable |= t instanceof InvalidParameterException || t instanceof MultipartException;
            }
            return unreadable ? UNREADABLE : null;
        }
    }
}
