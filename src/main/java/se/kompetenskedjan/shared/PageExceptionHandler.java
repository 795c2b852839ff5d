package se.kompetenskedjan.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' counterpart of ApiExceptionHandler: sets the status and lets the container's error dispatch render the
 * Swedish error page (ErrorPages), which goes through the normal page chrome, header and navigation included.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    /**
     * As the API: a data exception from the database (a date beyond what it stores, a value too long) that no check
     * caught is the sender's value, 400; any other integrity violation is a conflict. The change was rolled back.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void integrity(DataIntegrityViolationException ex, HttpServletResponse response) throws IOException {
        response.sendError(dataException(ex) ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
    }

    static boolean dataException(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler({InvalidFieldException.class, MethodArgumentTypeMismatchException.class})
    void badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (forbiddenCharacter(ex)) {
            request.setAttribute(ErrorPages.DETAIL, "error.body.forbiddenCharacter");
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean forbiddenCharacter(Throwable ex) {
        if (ex instanceof InvalidFieldException invalid) {
            return invalid.problems().stream().anyMatch(p -> ForbiddenCharacters.MESSAGE_KEY.equals(p.messageKey()));
        }
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ForbiddenCharacters.Found) {
                return true;
            }
        }
        return false;
    }
}
