package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationSheet;

/**
 * Demo data, in the demo profile: Älvstad's elder-care ladder translated by the employer manager "chef" into English
 * and Arabic in full and into Ukrainian only the names (so the overview shows something missing), and Amina's plan
 * (participant 1, the "deltagare" account, who reads Arabic) translated by "koordinator" into English and Arabic. The
 * texts are in demo/translations.tsv. Once: not when the ladder has an Arabic translation.
 */
@Component
@Profile("demo")
class DemoTranslations implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoTranslations.class);
    private static final UUID ALVSTAD_CARE = DemoRegion.demoId("org:alvstad:omsorg");
    private static final List<String> COLUMNS = List.of("en", "ar", "uk");

    private final Ladders ladders;
    private final IndividualPlans plans;
    private final ContentTranslations translations;

    DemoTranslations(Ladders ladders, IndividualPlans plans, ContentTranslations translations) {
        this.ladders = ladders;
        this.plans = plans;
        this.translations = translations;
    }

    @Override
    public String name() {
        return "translations";
    }

    @Override
    public void load() {
        Map<String, Map<String, String>> texts = texts();
        boolean loaded = as("chef", () -> {
            UUID ladder = ladders.ladders(new LadderSearch(ALVSTAD_CARE, 0, 50)).items().stream()
                    .filter(l -> !l.template() && DemoLadders.LADDER_NAME.equals(l.name())).findFirst()
                    .orElseThrow().id();
            if (translations.sheet("ladder", ladder, "ar").sections().stream().flatMap(s -> s.entries().stream())
                    .anyMatch(e -> e.translation() != null)) {
                return false;
            }
            translate("ladder", ladder, texts);
            return true;
        });
        if (!loaded) {
            return;
        }
        as("koordinator", () -> {
            plans.plans(participant(1)).stream().findFirst().map(PlanView::id)
                    .ifPresent(plan -> translate("plan", plan, texts));
            return null;
        });
        log.info("Demo translations loaded");
    }

    private void translate(String kind, UUID document, Map<String, Map<String, String>> texts) {
        for (String language : COLUMNS) {
            TranslationSheet sheet = translations.sheet(kind, document, language);
            List<TranslationCommand.TextTranslation> known = sheet.sections().stream()
                    .flatMap(s -> s.entries().stream())
                    .map(e -> new TranslationCommand.TextTranslation(e.source(),
                            texts.getOrDefault(e.source(), Map.of()).get(language)))
                    .filter(t -> t.translation() != null).toList();
            if (!known.isEmpty()) {
                translations.save(kind, document, language, new TranslationCommand(known));
            }
        }
    }

    /** Swedish text to its translations by language, from the tab-separated file. */
    private static Map<String, Map<String, String>> texts() {
        Map<String, Map<String, String>> texts = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/translations.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split("\t", -1);
                Map<String, String> byLanguage = new HashMap<>();
                for (int i = 0; i < COLUMNS.size() && i + 1 < cells.length; i++) {
                    if (!cells[i + 1].isBlank()) {
                        byLanguage.put(COLUMNS.get(i), cells[i + 1].strip());
                    }
                }
                texts.put(Objects.requireNonNull(cells[0]).strip(), byLanguage);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
