package se.kompetenskedjan.translations.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCoverage;
import se.kompetenskedjan.translations.TranslationSheet;

@RestController
@Tag(name = "Översättningar", description = "Översättningar av texter som deltagare läser (stegmodeller, planer, "
        + "platser, överenskommelser, checklistor, avstämningsfrågor) till deltagarspråken. kind: ladder, plan, "
        + "placement, proposal, checklist, checkin-battery.")
class TranslationApiController {

    private final ContentTranslations translations;

    TranslationApiController(ContentTranslations translations) {
        this.translations = translations;
    }

    @GetMapping("/api/v1/translations/languages")
    @Operation(summary = "Deltagarspråken som installationen erbjuder för innehåll (språkkoder enligt BCP 47)")
    List<String> languages() {
        return translations.languages();
    }

    @GetMapping("/api/v1/translations/{kind}/{id}")
    @Operation(summary = "Hur mycket av dokumentet som är översatt, per språk, och vilka texter som saknas")
    TranslationCoverage coverage(@PathVariable String kind, @PathVariable UUID id) {
        return translations.coverage(kind, id);
    }

    @GetMapping("/api/v1/translations/{kind}/{id}/{language}")
    @Operation(summary = "Dokumentets svenska texter med deras översättningar till ett språk (null: saknas)")
    TranslationSheet sheet(@PathVariable String kind, @PathVariable UUID id, @PathVariable String language) {
        return translations.sheet(kind, id, language);
    }

    @PutMapping("/api/v1/translations/{kind}/{id}/{language}")
    @Operation(summary = "Spara översättningar av dokumentets nuvarande texter; tom översättning tar bort en. "
            + "source är den svenska texten som dokumentet har nu.")
    TranslationSheet save(@PathVariable String kind, @PathVariable UUID id, @PathVariable String language,
            @Valid @RequestBody TranslationCommand command) {
        return translations.save(kind, id, language, command);
    }
}
