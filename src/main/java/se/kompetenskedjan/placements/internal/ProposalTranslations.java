package se.kompetenskedjan.placements.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;
import se.kompetenskedjan.translations.TranslatableDocument.Section;

/**
 * A placement agreement's texts for the translations module, as the participant reads them in Platsbanken: the
 * place's title, goals, tasks, hours and follow-up. Personal data: read with the proposal's read rule (the participant
 * reads their own) and audited as a read of the proposal is; translated only by the parties who may write the
 * agreement, recorded as a change (see {@link SelectionService#agreementToTranslate}).
 */
@Component
class ProposalTranslations implements TranslatableContent {

    private final SelectionService selections;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    ProposalTranslations(SelectionService selections, CurrentUsers currentUsers, MessageSource messages) {
        this.selections = selections;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return Selections.TRANSLATION_KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        return document(selections.readAgreement(id));
    }

    @Override
    public TranslatableDocument documentToTranslate(UUID id) {
        return document(selections.agreementToTranslate(id));
    }

    private TranslatableDocument document(SelectionService.AgreementReading reading) {
        ProposalView p = reading.proposal();
        String link = currentUsers.current().is(Role.PARTICIPANT) ? "/platsbanken#forslag-" + p.id()
                : "/forslag/" + p.id();
        return new TranslatableDocument(kind(), p.id(), p.placementTitle() + " – " + p.participantName(), link,
                reading.mayWrite(), List.of(
                        section("proposals.place", p.placementTitle()),
                        section("proposal.page.goals", p.goals()),
                        section("proposal.page.tasks", p.tasks()),
                        section("proposal.page.hours", p.hours()),
                        section("proposal.page.followUp", p.followUp())));
    }

    private Section section(String headingKey, String text) {
        return new Section(messages.getMessage(headingKey, null, headingKey, LocaleContextHolder.getLocale()),
                Arrays.asList(text));
    }
}
