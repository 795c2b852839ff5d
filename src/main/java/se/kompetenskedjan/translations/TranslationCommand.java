package se.kompetenskedjan.translations;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Translations of some of a document's texts; source is the Swedish text as the document holds it now. */
public record TranslationCommand(
        @NotNull(message = "{translation.texts.required}") @Size(max = 500, message = "{translation.texts.tooMany}")
        List<@Valid @NotNull TextTranslation> texts) {

    public record TextTranslation(
            @NotBlank(message = "{translation.source.required}") @Size(max = 5000, message = "{field.tooLong}") String source,
            @Size(max = 5000, message = "{field.tooLong}") String translation) {
    }
}
