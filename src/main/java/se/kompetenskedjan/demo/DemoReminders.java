package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.reminders.ReminderRun;
import se.kompetenskedjan.reminders.Reminders;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;

/**
 * Demo data, in the demo profile: a subsidised job in Älvstad's home care that starts in a little over two weeks,
 * accepted for participant 19 (one of Sara Nyström's), so the daily reminders give Sara the task to start the
 * wage-subsidy application; two tasks opened between colleagues (one overdue). Their mails land in the demo's sink.
 * Once: not when the first demo task exists. The reminders run on every start (they open each task once).
 */
@Component
@Profile("demo")
class DemoReminders implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoReminders.class);
    private static final int PLACED = 19;

    private final Placements placements;
    private final Selections selections;
    private final Tasks tasks;
    private final Reminders reminders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoReminders(Placements placements, Selections selections, Tasks tasks, Reminders reminders,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.placements = placements;
        this.selections = selections;
        this.tasks = tasks;
        this.reminders = reminders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public void load() {
        LocalDate today = SwedishTime.today(clock);
        TaskSource call = new TaskSource("DEMO", demoId("task:ring-arbetsgivaren"));
        if (tasks.forSource(call).isEmpty()) {
            transactions.executeWithoutResult(status -> load(today, call));
        }
        ReminderRun run = reminders.run(today);
        log.info("Demo reminders: {} applications to start, {} placements ending, {} consents running out",
                run.subsidyApplications(), run.endingPlacements(), run.endingConsents());
    }

    private void load(LocalDate today, TaskSource call) {
        UUID alvstad = demoId("org:alvstad:arbetsmarknad");
        UUID sara = demoId("user:koordinator");
        UUID yusuf = demoId("user:koordinator2");
        UUID gustav = demoId("user:admin.alvstad");
        PlacementView job = as("chef", () -> {
            PlacementView draft = placements.create(new PlacementCommand(demoId("unit:hemtjanst-norr"),
                    PlacementType.SUBSIDISED_JOB, "Lönestödsjobb i hemtjänsten Norr",
                    "En anställning med lönestöd i hemtjänsten. Du hjälper äldre hemma och har en handledare.",
                    "Du hjälper äldre hemma. Du får lön.", null, "Vårdbiträde", "5330", null, List.of(), 1,
                    List.of(new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)),
                            new ScheduleSlot(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))),
                    Shift.DAY, 30, today.plusDays(17), today.plusMonths(12), SwedishLevel.SFI_C, List.of(), false,
                    null, "Norra vägen 4", "123 45", "Älvstad", 57.726, 12.941, null, null, Sharing.REGION,
                    List.of(), List.of(), null));
            return placements.changeStatus(draft.id(), new StatusCommand(PlacementStatus.OPEN, draft.lockVersion()));
        });
        ProposalView proposed = as("koordinator", () -> selections.propose(new ProposeCommand(job.id(),
                participant(PLACED), 77, "Har gjort praktik i hemtjänsten och vill ha en anställning")));
        as("chef", () -> selections.review(proposed.id(), new ReviewCommand(ReviewDecision.ACCEPT, null,
                "Välkommen! Vi börjar när lönestödet är beviljat.", proposed.lockVersion())));
        tasks.openFor(call, alvstad, new TaskCommand("Ring arbetsgivaren om handledningen",
                "Eva på hemtjänsten Norr vill stämma av hur handledningen ska gå till.", yusuf, today.plusDays(2),
                null), sara);
        tasks.openFor(new TaskSource("DEMO", demoId("task:rutin-samtycken")), alvstad, new TaskCommand(
                "Gå igenom rutinen för samtycken", null, sara, today.minusDays(1), null), gustav);
    }
}
