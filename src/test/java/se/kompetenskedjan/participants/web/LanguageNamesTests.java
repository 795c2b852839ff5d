package se.kompetenskedjan.participants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LanguageNamesTests {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void codesAreNamedInTheReadersLanguageWithTheCode() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        assertThat(new LanguageNames().of(List.of("ti", "so", "ar"))).isEqualTo("tigrinja (ti), somaliska (so), arabiska (ar)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(new LanguageNames().of(List.of("uk"))).isEqualTo("Ukrainian (uk)");
    }

    @Test
    void aCodeWithoutANameIsShownAsItIs() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        assertThat(new LanguageNames().of(List.of("qq", "sv"))).isEqualTo("qq, svenska (sv)");
        assertThat(new LanguageNames().of(List.of())).isEmpty();
    }
}
