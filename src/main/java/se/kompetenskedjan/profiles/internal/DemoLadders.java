package se.kompetenskedjan.profiles.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.TaskCommand;
import se.kompetenskedjan.shared.DemoData;

/**
 * Demo data of this module, in the {@code demo} profile: Älvstad's elder-care administration has its own copy of the
 * elder-care chain template, adapted: the servicebiträde profile is at version 2 (a key-handling requirement added,
 * cycling made mandatory; version 1 stays as it was) and the ladder's servicebiträde step asks for version 2. Runs
 * once the demo region is loaded (when the application is ready), once per database, with ids derived from fixed
 * names, through the same rules as the API.
 */
@Component
@Profile("demo")
class DemoLadders implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoLadders.class);
    private static final long ADVISORY_LOCK_KEY = 0x4B4B_4445_4D4CL; // "KKDEML"

    /** Älvstad's elder-care administration; the same id as DemoRegion.demoId("org:alvstad:omsorg"). */
    static final UUID ALVSTAD_CARE = UUID.nameUUIDFromBytes("demo:org:alvstad:omsorg".getBytes(StandardCharsets.UTF_8));
    static final String NAMESPACE = "demo:stegmodell:alvstad-omsorg";
    static final UUID LADDER_ID = IdSource.named(NAMESPACE).id("ladder:" + TemplateCatalogue.ladder("kompetenskedja-aldreomsorg").id());
    static final String LADDER_NAME = "Kompetenskedja äldreomsorg – Älvstads hemtjänst";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LadderRepository ladders;
    private final ProfileVersionRepository versions;
    private final LadderEditor ladderEditor;
    private final ProfileEditor profileEditor;

    DemoLadders(JdbcClient jdbc, PlatformTransactionManager transactionManager, LadderRepository ladders,
            ProfileVersionRepository versions, LadderEditor ladderEditor, ProfileEditor profileEditor) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ladders = ladders;
        this.versions = versions;
        this.ladderEditor = ladderEditor;
        this.profileEditor = profileEditor;
    }

    @Override
    public String name() {
        return "ladders";
    }

    @Override
    public void load() {
        Boolean loaded = transactions.execute(status -> loadUnlessLoaded());
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo ladder loaded: Älvstad's copy of the elder-care chain");
        }
    }

    private boolean loadUnlessLoaded() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l").param("key", ADVISORY_LOCK_KEY)
                .query(Integer.class).single();
        boolean organisationExists = jdbc.sql("select exists (select 1 from organisation where id = :id)")
                .param("id", ALVSTAD_CARE).query(Boolean.class).single();
        Ladder template = ladders.findById(TemplateCatalogue.ladder("kompetenskedja-aldreomsorg").id()).orElse(null);
        if (!organisationExists || template == null || ladders.existsById(LADDER_ID)) {
            return false;
        }
        Ladder copy = ladderEditor.copy(template, ALVSTAD_CARE, new CopyTemplateCommand(LADDER_NAME,
                "Min väg till jobb i Älvstads hemtjänst"), IdSource.named(NAMESPACE));
        LadderView view = copy.view();
        StepCommand serviceStep = view.steps().stream().map(StepCommand::from)
                .filter(s -> s.type() == StepType.REGULAR_EMPLOYMENT)
                .findFirst().orElseThrow();

        // Version 2 of the servicebiträde profile: the employer's adaptation.
        ProfileVersion first = versions.findById(serviceStep.profileVersionId()).orElseThrow();
        IdSource v2Ids = IdSource.named(NAMESPACE + ":servicebitrade:v2");
        ProfileVersion draft = profileEditor.newVersion(first.profileId(), v2Ids);
        ProfileVersionView read = draft.view();
        UUID keyItem = v2Ids.id("item-key:nyckel");
        List<RequirementItemCommand> items = new ArrayList<>();
        for (RequirementItemCommand item : ProfileCommand.from(read).items()) {
            boolean cycling = item.type() == RequirementType.PRACTICAL;
            items.add(cycling ? new RequirementItemCommand(item.itemKey(), item.type(), item.text(), item.easyText(),
                    item.targetLevel(), true, item.skillConceptId(), item.skillLabel()) : item);
        }
        items.add(new RequirementItemCommand(keyItem, RequirementType.KNOWLEDGE,
                "Följer Älvstads rutin för nyckelfri hemtjänst: digitala lås, kvittering och borttappad telefon",
                "Jag vet hur de digitala låsen fungerar och vad jag gör om telefonen försvinner.", 3, true, null, null));
        List<TaskCommand> tasks = new ArrayList<>(ProfileCommand.from(read).tasks());
        tasks.add(new TaskCommand(v2Ids.id("task:nyckel"), "Låsa upp och låsa med digitalt lås och kvittera i telefonen",
                "Lås upp och lås dörren med telefonen.", List.of(keyItem)));
        ProfileCommand change = new ProfileCommand("Servicebiträde i Älvstads hemtjänst (AB-anställning)",
                read.easyTitle(), read.occupationConceptId(), read.occupationLabel(), read.ssykCode(), items, tasks,
                null, read.lockVersion());
        ProfileVersion second = profileEditor.publish(profileEditor.replaceDraft(draft, change, v2Ids));

        // The ladder's servicebiträde step asks for version 2 from now on.
        List<StepCommand> steps = view.steps().stream().map(StepCommand::from)
                .map(s -> s.id().equals(serviceStep.id()) ? s.withExit(second.id(), List.of()) : s).toList();
        ladderEditor.replace(copy, new LadderCommand(view.name(), view.easyName(), steps, null, view.lockVersion()),
                IdSource.named(NAMESPACE + ":v2"));
        return true;
    }
}
