package se.kompetenskedjan.plans.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;

/**
 * A plan's texts as the participant reads them on Min trappa (goals, activities, what happens if the plan is not
 * followed), current revision. Personal data: reading and translating go through the participant's access rule and
 * the audit trail; those who may change the participant's plan translate it.
 */
@Component
@Transactional
class PlanTranslations implements TranslatableContent {

    static final String KIND = "plan";

    private final PlanService plans;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    PlanTranslations(PlanService plans, ParticipantRegister participants, CurrentUsers currentUsers,
            MessageSource messages) {
        this.plans = plans;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        UUID participantId = plans.participantOf(id);
        ParticipantAccess access = participants.access(participantId, AccessNeed.READ, "plan translations");
        return document(plans.current(participantId, id), access.mayEdit()
                && !currentUsers.current().is(Role.PARTICIPANT));
    }

    @Override
    public TranslatableDocument documentToTranslate(UUID id) {
        if (currentUsers.current().is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("staff translate plans");
        }
        UUID participantId = plans.participantOf(id);
        participants.access(participantId, AccessNeed.CHANGE, "plan translation");
        return document(plans.current(participantId, id), true);
    }

    private TranslatableDocument document(PlanView plan, boolean mayTranslate) {
        return new TranslatableDocument(KIND, plan.id(), text("plan.translation.title", plan.targetTitle()),
                "/deltagare/" + plan.participantId() + "/resa#plans-heading", mayTranslate, List.of(
                new TranslatableDocument.Section(text("ladder.mine.goals"),
                        plan.goals().stream().map(PlanCommand.Goal::text).toList()),
                new TranslatableDocument.Section(text("journey.page.plans.activities"),
                        plan.activities().stream().map(PlanCommand.Activity::description).toList()),
                new TranslatableDocument.Section(text("ladder.mine.ifNot"), List.of(plan.consequences()))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
