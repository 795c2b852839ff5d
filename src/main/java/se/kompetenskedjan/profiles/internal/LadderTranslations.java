package se.kompetenskedjan.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;

/**
 * A ladder's texts as a participant reads them on Min trappa: the ladder's and each step's name (the easy name where
 * there is one, as Min trappa shows it) and what the step asks of them (each exit requirement's easy text, else its
 * text). Whoever may edit the ladder translates it.
 */
@Component
class LadderTranslations implements TranslatableContent {

    static final String KIND = "ladder";

    private final Ladders ladders;
    private final RequirementProfiles profiles;
    private final MessageSource messages;

    LadderTranslations(Ladders ladders, RequirementProfiles profiles, MessageSource messages) {
        this.ladders = ladders;
        this.profiles = profiles;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        LadderView ladder = ladders.ladder(id);
        List<TranslatableDocument.Section> sections = new ArrayList<>();
        sections.add(new TranslatableDocument.Section(text("ladder.translation.name"), List.of(shown(ladder.easyName(),
                ladder.name()))));
        for (StepView step : ladder.steps()) {
            List<String> texts = new ArrayList<>();
            texts.add(shown(step.easyName(), step.name()));
            if (step.profileVersionId() != null) {
                for (RequirementItemView item : profiles.version(step.profileVersionId()).items()) {
                    if (step.exitItemKeys().isEmpty() || step.exitItemKeys().contains(item.itemKey())) {
                        texts.add(shown(item.easyText(), item.text()));
                    }
                }
            }
            sections.add(new TranslatableDocument.Section(text("ladder.translation.step", step.position(),
                    step.name()), texts));
        }
        return new TranslatableDocument(KIND, id, ladder.name(), "/stegmodeller/" + id, ladders.canEdit(id), sections);
    }

    /** The words a participant is shown: the easy version where one is written. */
    static String shown(String easy, String plain) {
        return easy != null && !easy.isBlank() ? easy : plain;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
