package se.kompetenskedjan.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every kind of bad API input into a problem+json answer in Swedish; never a 500 for the caller's mistakes. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiProblems problems;
    private final MessageSource messages;

    public ApiExceptionHandler(ApiProblems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<ApiProblems.FieldError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new ApiProblems.FieldError(error.getField(),
                    messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new ApiProblems.FieldError(
                error.getObjectName(), messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return ResponseEntity.badRequest().body(problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblems.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ApiProblems.FieldError(
                        result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .collect(Collectors.toList());
        return ResponseEntity.badRequest().body(problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        DatabindException databind = databindCause(ex);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (databind instanceof UnrecognizedPropertyException) {
                // spring.jackson.deserialization.fail-on-unknown-properties: a misspelt field is refused, not dropped
                ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unknown-field", "problem.unknownField", field);
                problem.setProperty("errors", List.of(java.util.Map.of("field", field, "message",
                        problems.text("problem.field.unknown"))));
                return ResponseEntity.badRequest().body(problem);
            }
            InvalidFieldException invalid = cause(ex, InvalidFieldException.class);
            String key = invalid != null ? invalid.problems().get(0).messageKey() : "problem.field.wrongType";
            return ResponseEntity.badRequest().body(problems.invalid(
                    List.of(new ApiProblems.FieldError(field, problems.text(key)))));
        }
        String key = cause instanceof JacksonException || databind != null ? "problem.malformedJson" : "problem.unreadableBody";
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "unreadable", key));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = problems.problem(status, "http-" + status.value(), "problem.detail." + status.value());
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static DatabindException databindCause(Throwable ex) {
        return cause(ex, DatabindException.class);
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String key = cause(ex, ForbiddenCharacters.Found.class) != null ? ForbiddenCharacters.MESSAGE_KEY
                : "problem.field.wrongType";
        return ResponseEntity.badRequest().body(problems.invalid(
                List.of(new ApiProblems.FieldError(ex.getName(), problems.text(key)))));
    }

    /** Tomcat refuses a file name with NUL while reading the upload: 400 naming the handler's file part. */
    @ExceptionHandler(InvalidFileNameException.class)
    ResponseEntity<ProblemDetail> invalidFileName(HandlerMethod handler) {
        List<String> parts = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                String name = part != null ? (part.name().isEmpty() ? part.value() : part.name())
                        : param != null ? (param.name().isEmpty() ? param.value() : param.name()) : "";
                parts.add(name.isEmpty() ? parameter.getParameterName() : name);
            }
        }
        String field = parts.size() == 1 ? parts.get(0) : "file";
        return ResponseEntity.badRequest().body(problems.invalid(
                List.of(new ApiProblems.FieldError(field, problems.text("field.fileName.forbiddenCharacter")))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
        return ResponseEntity.badRequest().body(problems.invalid(ex.problems().stream()
                .map(p -> new ApiProblems.FieldError(p.field(), problems.text(p.messageKey()))).toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problems.problem(HttpStatus.NOT_FOUND, "not-found", ex.messageKey()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.problem(HttpStatus.CONFLICT, "conflict", ex.messageKey()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.problem(HttpStatus.CONFLICT, "edit-conflict", "problem.editConflict"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        if (PageExceptionHandler.dataException(ex)) {
            // A data exception (too long, bad character, out of range) that no check caught: the caller's value, not a conflict.
            return ResponseEntity.badRequest()
                    .body(problems.problem(HttpStatus.BAD_REQUEST, "invalid-value", "problem.invalidValue"));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.problem(HttpStatus.CONFLICT, "conflict", DuplicateKeys.messageKeyFor(ex)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problems.problem(HttpStatus.FORBIDDEN, "forbidden", "problem.detail.403"));
    }
}
