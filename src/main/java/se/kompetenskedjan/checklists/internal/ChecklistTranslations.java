package se.kompetenskedjan.checklists.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.checklists.ChecklistItemView;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;
import se.kompetenskedjan.translations.TranslatableDocument.Section;

/**
 * A tailored checklist's texts for the translations module, as the participant's self-assessment shows them: the
 * list's name (its easy title, else its title) and each active item's easy text. The level descriptors are for the
 * staff's assessments and are not shown to the participant, so they are not offered. Read by whoever reads the
 * checklist, translated by whoever may tailor it. A checklist is not personal data: nothing is audited.
 */
@Component
class ChecklistTranslations implements TranslatableContent {

    private final ChecklistService checklists;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    ChecklistTranslations(ChecklistService checklists, CurrentUsers currentUsers, MessageSource messages) {
        this.checklists = checklists;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return Checklists.TRANSLATION_KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        return document(checklists.get(id));
    }

    private TranslatableDocument document(ChecklistView checklist) {
        String link = currentUsers.current().is(Role.PARTICIPANT) ? "/min-sida/sjalvskattning/" + checklist.id()
                : "/checklistor/" + checklist.id();
        return new TranslatableDocument(kind(), checklist.id(), checklist.title(), link, checklist.mayEdit(), List.of(
                new Section(text("translation.section.checklistName"),
                        List.of(checklist.participantTitle())),
                new Section(text("translation.section.statements"),
                        checklist.activeItems().stream().map(ChecklistItemView::easyText).toList())));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
