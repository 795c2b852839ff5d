package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.LockCommand;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.TaskCommand;
import se.kompetenskedjan.shared.DemoData;

/**
 * Demo data, in the demo profile: Älvstad's elder-care administration has its own copy of the elder-care chain
 * template, adapted: the servicebiträde profile is at version 2 (a key-handling requirement added, cycling made
 * mandatory; version 1 stays as it was) and the ladder's servicebiträde step asks for version 2. Made by the employer
 * manager "chef" through the profiles module's facades, in one transaction; once: not when the copy is there.
 */
@Component
@Profile("demo")
class DemoLadders implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoLadders.class);

    static final String LADDER_NAME = "Kompetenskedja äldreomsorg – Älvstads hemtjänst";
    private static final String TEMPLATE_NAME = "Kompetenskedja i äldreomsorgen – från introduktion till undersköterska";
    private static final UUID ALVSTAD_CARE = DemoRegion.demoId("org:alvstad:omsorg");
    /** The new requirement's key and its task, chosen here so that the task can name the requirement. */
    private static final UUID KEY_ITEM = DemoRegion.demoId("stegmodell:alvstad-omsorg:servicebitrade:v2:item-key:nyckel");
    private static final UUID KEY_TASK = DemoRegion.demoId("stegmodell:alvstad-omsorg:servicebitrade:v2:task:nyckel");

    private final Ladders ladders;
    private final RequirementProfiles profiles;
    private final TransactionTemplate transactions;

    DemoLadders(Ladders ladders, RequirementProfiles profiles, PlatformTransactionManager transactionManager) {
        this.ladders = ladders;
        this.profiles = profiles;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "ladders";
    }

    @Override
    public void load() {
        Boolean loaded = transactions.execute(status -> as("chef", this::loadUnlessLoaded));
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo ladder loaded: Älvstad's copy of the elder-care chain");
        }
    }

    private boolean loadUnlessLoaded() {
        boolean copied = ladders.ladders(new LadderSearch(ALVSTAD_CARE, 0, 100)).items().stream()
                .anyMatch(l -> !l.template() && LADDER_NAME.equals(l.name()));
        UUID template = ladders.templates().stream().filter(l -> TEMPLATE_NAME.equals(l.name()))
                .map(LadderSummary::id).findFirst().orElse(null);
        if (copied || template == null) {
            return false;
        }
        LadderView copy = ladders.copyTemplate(template, new CopyTemplateCommand(LADDER_NAME,
                "Min väg till jobb i Älvstads hemtjänst"));
        StepCommand serviceStep = copy.steps().stream().map(StepCommand::from)
                .filter(s -> s.type() == StepType.REGULAR_EMPLOYMENT)
                .findFirst().orElseThrow();

        // Version 2 of the servicebiträde profile: the employer's adaptation.
        ProfileVersionView first = profiles.version(serviceStep.profileVersionId());
        ProfileVersionView draft = profiles.newVersion(first.profileId());
        List<RequirementItemCommand> items = new ArrayList<>();
        for (RequirementItemCommand item : ProfileCommand.from(draft).items()) {
            boolean cycling = item.type() == RequirementType.PRACTICAL;
            items.add(cycling ? new RequirementItemCommand(item.itemKey(), item.type(), item.text(), item.easyText(),
                    item.targetLevel(), true, item.skillConceptId(), item.skillLabel()) : item);
        }
        items.add(new RequirementItemCommand(KEY_ITEM, RequirementType.KNOWLEDGE,
                "Följer Älvstads rutin för nyckelfri hemtjänst: digitala lås, kvittering och borttappad telefon",
                "Jag vet hur de digitala låsen fungerar och vad jag gör om telefonen försvinner.", 3, true, null, null));
        List<TaskCommand> tasks = new ArrayList<>(ProfileCommand.from(draft).tasks());
        tasks.add(new TaskCommand(KEY_TASK, "Låsa upp och låsa med digitalt lås och kvittera i telefonen",
                "Lås upp och lås dörren med telefonen.", List.of(KEY_ITEM)));
        ProfileVersionView changed = profiles.updateDraft(draft.versionId(), new ProfileCommand(
                "Servicebiträde i Älvstads hemtjänst (AB-anställning)", draft.easyTitle(), draft.occupationConceptId(),
                draft.occupationLabel(), draft.ssykCode(), items, tasks, null, draft.lockVersion()));
        ProfileVersionView second = profiles.publish(changed.versionId(), new LockCommand(changed.lockVersion()));

        // The ladder's servicebiträde step asks for version 2 from now on.
        List<StepCommand> steps = copy.steps().stream().map(StepCommand::from)
                .map(s -> s.id().equals(serviceStep.id()) ? s.withExit(second.versionId(), List.of()) : s).toList();
        ladders.update(copy.id(), new LadderCommand(copy.name(), copy.easyName(), steps, null, copy.lockVersion()));
        return true;
    }
}
