package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;

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

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }
}
