package se.kompetenskedjan.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem documents with Swedish (or the request's language) texts from the message bundle. */
@Component
public class ApiProblems {

    public record FieldError(String field, String message) {
    }

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public ProblemDetail problem(HttpStatus status, String type, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:kompetenskedjan:problem:" + type));
        problem.setTitle(text("problem.title." + status.value()));
        problem.setDetail(text(detailKey, args));
        return problem;
    }

    public ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }
}
