package se.kompetenskedjan.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInBatteries;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;

/**
 * A battery's questions and their choices, as the one answering reads them (participants in their own language).
 * Read by the staff who read the battery, translated by those who may change it. Not personal data.
 */
@Component
class BatteryTranslations implements TranslatableContent {

    private final CheckInBatteries batteries;
    private final MessageSource messages;

    BatteryTranslations(CheckInBatteries batteries, MessageSource messages) {
        this.batteries = batteries;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return CheckInBatteries.TRANSLATION_KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        BatteryView battery = batteries.battery(id);
        List<TranslatableDocument.Section> sections = new ArrayList<>();
        for (BatteryView.QuestionView question : battery.questions()) {
            List<String> texts = new ArrayList<>();
            texts.add(question.text());
            texts.addAll(question.choices());
            sections.add(new TranslatableDocument.Section(messages.getMessage("checkin.translation.question",
                    new Object[] {question.position()}, LocaleContextHolder.getLocale()), texts));
        }
        return new TranslatableDocument(kind(), id, battery.name(), "/avstamningar/fragebatterier/" + id,
                battery.mayEdit(), sections);
    }
}
