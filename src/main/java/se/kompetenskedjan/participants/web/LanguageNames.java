package se.kompetenskedjan.participants.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The register keeps languages as ISO 639 codes; pages show them by name in the reader's language with the code, e.g.
 * "tigrinja (ti)". Used from templates as {@code @languageNames.of(...)}.
 */
@Component("languageNames")
public class LanguageNames {

    public String of(List<String> codes) {
        Locale reader = LocaleContextHolder.getLocale();
        return codes.stream().map(code -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
            return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
        }).collect(Collectors.joining(", "));
    }
}
