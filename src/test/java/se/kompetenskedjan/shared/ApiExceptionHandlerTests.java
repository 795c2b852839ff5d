package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ApiExceptionHandlerTests {

    private final ApiExceptionHandler handler;

    ApiExceptionHandlerTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        handler = new ApiExceptionHandler(new ApiProblems(messages), messages);
    }

    @Test
    void aValueTheDatabaseCannotStoreIsTheCallersMistakeNotAConflict() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        var tooLong = handler.integrity(new DataIntegrityViolationException("insert",
                new SQLException("value too long for type character varying(200)", "22001")));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().getDetail()).isEqualTo("Ett värde är för långt eller har ett format som inte kan sparas.");

        var nul = handler.integrity(new DataIntegrityViolationException("insert",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertThat(nul.getStatusCode().value()).isEqualTo(400);

        var duplicate = handler.integrity(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key value violates unique constraint \"user_account_username_uq\"", "23505")));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
    }

    record Line(String text, int quantity) {
    }

    record Order(String customer, List<Line> lines) {
    }

    /** Reads the JSON as the API does (unknown properties refused) and answers what the handler makes of its failure. */
    private ProblemDetail unreadable(String json) {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            strict.readValue(json, Order.class);
        } catch (RuntimeException e) {
            ResponseEntity<Object> answer = handler.handleHttpMessageNotReadable(
                    new HttpMessageNotReadableException("unreadable", e, new MockHttpInputMessage(json.getBytes())),
                    new HttpHeaders(), HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            return (ProblemDetail) answer.getBody();
        }
        throw new AssertionError("read without error: " + json);
    }

    @Test
    void anUnknownPropertyIsNamedInSwedish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));

        ProblemDetail problem = unreadable("{\"customer\": \"Ada\", \"colour\": \"blå\", \"lines\": []}");

        assertThat(problem.getType().toString()).isEqualTo("urn:kompetenskedjan:problem:unknown-field");
        assertThat(problem.getDetail()).isEqualTo("Okänt fält: colour");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(Map.of("field", "colour", "message", "Okänt fält")));
    }

    @Test
    void anUnknownPropertyInANestedObjectIsNamedWithItsPath() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));

        ProblemDetail problem = unreadable("{\"customer\": \"Ada\", \"lines\": [{\"text\": \"te\", \"quantity\": 1}, "
                + "{\"text\": \"kaffe\", \"quantity\": 2, \"foo\": true}]}");

        assertThat(problem.getDetail()).isEqualTo("Okänt fält: lines[1].foo");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(Map.of("field", "lines[1].foo", "message", "Okänt fält")));
    }

    @Test
    void aWrongTypeIsStillAFieldErrorNotAnUnknownField() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));

        ProblemDetail problem = unreadable("{\"customer\": \"Ada\", \"lines\": [{\"text\": \"te\", \"quantity\": \"många\"}]}");

        assertThat(problem.getType().toString()).isEqualTo("urn:kompetenskedjan:problem:validation");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(Map.of("field", "lines[0].quantity",
                "message", "Värdet har fel typ eller är inte ett tillåtet värde")));
    }

    @Test
    void inEnglishTheUnknownPropertyIsNamedInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(unreadable("{\"customer\": \"Ada\", \"foo\": 1}").getDetail()).isEqualTo("Unknown field: foo");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }
}
