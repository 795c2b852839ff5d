package se.kompetenskedjan.translations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationSheet;

/** Which texts of a ladder, plan, place, agreement or checklist are missing in which language, and a form per language. */
@Controller
class TranslationPageController {

    private final ContentTranslations translations;
    private final MessageSource messages;

    TranslationPageController(ContentTranslations translations, MessageSource messages) {
        this.translations = translations;
        this.messages = messages;
    }

    @ModelAttribute("languageNames")
    Map<String, String> languageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Locale page = LocaleContextHolder.getLocale();
        for (String language : translations.languages()) {
            String fallback = Locale.forLanguageTag(language).getDisplayLanguage(page);
            names.put(language, messages.getMessage("translation.language." + language, null, fallback, page));
        }
        return names;
    }

    @GetMapping("/oversattningar/{kind}/{id}")
    String coverage(@PathVariable String kind, @PathVariable UUID id, Model model) {
        model.addAttribute("coverage", translations.coverage(kind, id));
        return "translations/coverage";
    }

    @GetMapping("/oversattningar/{kind}/{id}/{language}")
    String sheet(@PathVariable String kind, @PathVariable UUID id, @PathVariable String language, Model model) {
        model.addAttribute("sheet", translations.sheet(kind, id, language));
        return "translations/sheet";
    }

    @PostMapping("/oversattningar/{kind}/{id}/{language}")
    String save(@PathVariable String kind, @PathVariable UUID id, @PathVariable String language,
            @RequestParam(name = "source", required = false) List<String> sources,
            @RequestParam(name = "translation", required = false) List<String> texts, Model model,
            RedirectAttributes redirect) {
        List<String> source = sources == null ? List.of() : sources;
        List<String> translation = texts == null ? List.of() : texts;
        List<TranslationCommand.TextTranslation> entries = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            entries.add(new TranslationCommand.TextTranslation(source.get(i), i < translation.size() ? translation.get(i) : null));
        }
        try {
            if (source.size() != translation.size()) {
                throw new InvalidFieldException("texts", "translation.form.mismatch");
            }
            for (int i = 0; i < entries.size(); i++) {
                if (translation.get(i) != null && translation.get(i).length() > 5000) {
                    throw new InvalidFieldException("texts[" + i + "].translation", "field.tooLong");
                }
            }
            translations.save(kind, id, language, new TranslationCommand(entries));
        } catch (InvalidFieldException e) {
            TranslationSheet sheet = translations.sheet(kind, id, language);
            model.addAttribute("sheet", sheet);
            model.addAttribute("errors", e.problems().stream().map(p -> messages.getMessage(p.messageKey(), null,
                    p.messageKey(), LocaleContextHolder.getLocale())).distinct().toList());
            Map<String, String> entered = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(source.size(), translation.size()); i++) {
                entered.put(source.get(i), translation.get(i));
            }
            model.addAttribute("entered", entered);
            return "translations/sheet";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/oversattningar/" + kind + "/" + id;
    }
}
