package se.kompetenskedjan.reminders;

import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.participants.ParticipantStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.awaitility.Awaitility;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.tasks.TaskStatus;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

/**
 * The reminder rules against the database, through the placements' and participants' calendars: each opens one task
 * for the participant's coordinator, about the participant, however often the day is run.
 */
@ApiTest
class RemindersTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Reminders reminders;
    @Autowired
    Tasks tasks;
    @Autowired
    ParticipantRegister register;
    @Autowired
    Clock clock;
    @Autowired
    Journeys journeys;

    @Test
    void aSubsidisedJobStartingOverNewYearGivesItsCoordinatorOneTaskThreeWeeksBefore() {
        Setup s = new Setup();
        UUID participant = s.participant(true);
        // Years ahead, so that no other test's run with the real date (the suite also runs at New Year) reaches it.
        LocalDate start = LocalDate.of(2031, 1, 5);
        PlacementView job = s.placements.place().at(s.manager).type(PlacementType.SUBSIDISED_JOB).starting(start)
                .create();
        s.placements.proposal(participant).by(s.coordinator).at(s.manager).to(job).accepted().create();

        reminders.run(LocalDate.of(2030, 12, 14));
        assertThat(tasksOf(s.coordinator, participant)).as("more than three weeks ahead").isEmpty();

        reminders.run(LocalDate.of(2030, 12, 15));
        reminders.run(LocalDate.of(2030, 12, 15));
        reminders.run(LocalDate.of(2030, 12, 16));

        List<TaskView> found = tasksOf(s.coordinator, participant);
        assertThat(found).as("one task, however often the job runs").hasSize(1);
        TaskView task = found.get(0);
        assertThat(task.title()).isEqualTo("Starta ansökan om lönestöd");
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2030, 12, 15));
        assertThat(task.ownerId()).isEqualTo(s.coordinator.id());
        assertThat(task.sourceKind()).isEqualTo(Reminders.SOURCE_KIND);
        assertThat(task.createdBy()).as("opened by the platform").isNull();
        assertThat(task.description()).contains("5 januari 2031");
    }

    @Test
    void anActivePlacementEndingWithinTwoWeeksWithoutANextStepGivesATask() {
        Setup s = new Setup();
        LocalDate today = SwedishTime.today(clock);
        UUID withoutNextStep = s.participant(true);
        UUID withNextStep = s.participant(true);
        s.placements.proposal(withoutNextStep).by(s.coordinator).at(s.manager)
                .period(today.minusWeeks(4), today.plusDays(10)).active().create();
        s.placements.proposal(withNextStep).by(s.coordinator).at(s.manager)
                .period(today.minusWeeks(4), today.plusDays(10)).active().create();
        s.placements.proposal(withNextStep).by(s.coordinator).at(s.manager).accepted().create();

        reminders.run(today);

        assertThat(tasksOf(s.coordinator, withoutNextStep)).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Planera nästa steg efter praktiken");
            assertThat(task.dueDate()).isEqualTo(today.plusDays(3));
            assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        });
        assertThat(tasksOf(s.coordinator, withNextStep)).as("a next place is accepted").isEmpty();
    }

    @Test
    void aConsentRunningOutWithin30DaysGivesATaskUnlessALongerOneIsInForce() {
        Setup s = new Setup();
        LocalDate today = SwedishTime.today(clock);
        UUID runningOut = s.participant(false);
        UUID renewed = s.participant(false);
        SignedIn.as(s.coordinator.username(), () -> {
            register.giveConsent(runningOut, consent(s, today.minusDays(10), today.plusDays(20)));
            register.giveConsent(renewed, consent(s, today.minusDays(10), today.plusDays(20)));
            return register.giveConsent(renewed, consent(s, today, today.plusDays(200)));
        });

        reminders.run(today);

        assertThat(tasksOf(s.coordinator, runningOut)).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Förnya samtycket eller låt delningen upphöra");
            assertThat(task.dueDate()).isEqualTo(today.plusDays(13));
        });
        assertThat(tasksOf(s.coordinator, renewed)).isEmpty();
    }

    @Test
    void leavingTheChainClosesTheParticipantsRemindersButNotTheTasksPeopleOpened() {
        Setup s = new Setup();
        LocalDate today = SwedishTime.today(clock);
        UUID participant = s.participant(false);
        SignedIn.as(s.coordinator.username(), () -> register.giveConsent(participant,
                consent(s, today.minusDays(10), today.plusDays(20))));
        reminders.run(today);
        TaskView call = SignedIn.as(s.coordinator.username(), () -> tasks.open(new TaskCommand(
                "Ring om avslutssamtal", null, s.coordinator.id(), today.plusDays(5), participant)));
        assertThat(tasksOf(s.coordinator, participant)).extracting(TaskView::status)
                .containsExactly(TaskStatus.OPEN, TaskStatus.OPEN);

        context.getBean(TransactionTemplate.class).executeWithoutResult(tx ->
                register.statusFromJourneys(participant, ParticipantStatus.DROPPED_OUT, today));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                tasksOf(s.coordinator, participant)).filteredOn(t -> t.status() == TaskStatus.DONE).singleElement()
                .satisfies(task -> {
                    assertThat(task.sourceKind()).isEqualTo(Reminders.SOURCE_KIND);
                    assertThat(task.completionNote()).isEqualTo("Stängd av plattformen: deltagaren har lämnat kedjan.");
                }));
        assertThat(tasksOf(s.coordinator, participant)).filteredOn(t -> t.status() == TaskStatus.OPEN)
                .extracting(TaskView::id).containsExactly(call.id());
        reminders.run(today);
        assertThat(tasksOf(s.coordinator, participant)).as("the closed reminder is not opened again").hasSize(2);
    }

    @Test
    void aJourneyEndedInOctoberGivesOneFollowUpTaskOnNewYearsDayAndAJourneyWithoutAnEndNone() {
        Setup s = new Setup();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(s.coordinator).create();
        UUID left = s.participant(false);
        UUID stillOn = s.participant(false);
        // Years ahead, so that no other test's run with the real date reaches these points.
        JourneyView journey = new JourneyTestData(context).journey(left).on(ladder).since(LocalDate.of(2030, 6, 1))
                .by(s.coordinator).create();
        SignedIn.as(s.coordinator.username(), () -> journeys.record(left, journey.id(), new JourneyEventCommand(
                JourneyEventType.COMPLETED, LocalDate.of(2030, 10, 3), null, null, null, null, journey.version())));
        new JourneyTestData(context).journey(stillOn).on(ladder).since(LocalDate.of(2030, 6, 1)).by(s.coordinator)
                .create();

        reminders.run(LocalDate.of(2030, 12, 31));
        assertThat(tasksOf(s.coordinator, left)).as("the day before the point").isEmpty();

        ReminderRun first = reminders.run(LocalDate.of(2031, 1, 1));
        reminders.run(LocalDate.of(2031, 1, 1));
        reminders.run(LocalDate.of(2031, 1, 2));

        assertThat(first.followUps()).isGreaterThanOrEqualTo(1);
        assertThat(tasksOf(s.coordinator, left)).as("one task, however often the job runs").singleElement()
                .satisfies(task -> {
                    assertThat(task.title()).isEqualTo("Ta reda på var deltagaren är 90 dagar efter avslutet");
                    assertThat(task.sourceKind()).isEqualTo(Reminders.FOLLOW_UP_SOURCE_KIND);
                    assertThat(task.ownerId()).as("the coordinator of a participant who has left the chain")
                            .isEqualTo(s.coordinator.id());
                    assertThat(task.dueDate()).isEqualTo(LocalDate.of(2031, 1, 15));
                    assertThat(task.description()).contains("3 oktober 2030", "1 januari 2031");
                    assertThat(task.createdBy()).isNull();
                });
        assertThat(tasksOf(s.coordinator, stillOn)).as("a journey without an end has no follow-up").isEmpty();

        reminders.run(LocalDate.of(2031, 4, 1));
        assertThat(tasksOf(s.coordinator, left)).extracting(TaskView::title).containsExactlyInAnyOrder(
                "Ta reda på var deltagaren är 90 dagar efter avslutet",
                "Ta reda på var deltagaren är 180 dagar efter avslutet");
    }

    private static ConsentCommand consent(Setup s, LocalDate from, LocalDate until) {
        return new ConsentCommand("Samverkan kring praktik", Set.of(s.care.id()), from, until);
    }

    private List<TaskView> tasksOf(TestUser coordinator, UUID participant) {
        return SignedIn.as(coordinator.username(), () -> tasks.forParticipant(participant));
    }

    /** A municipality's coordinator and an employer's manager, each organisation new. */
    private final class Setup {

        final IdentityTestData identity = new IdentityTestData(context);
        final TestUser coordinator = identity.staffedOrganisation(OrganisationType.MUNICIPALITY).get(Role.COORDINATOR);
        final TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").create();
        final TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        final PlacementTestData placements = new PlacementTestData(context);

        UUID participant(boolean consenting) {
            ParticipantTestData.ParticipantBuilder builder = new ParticipantTestData(context).participant()
                    .registeredBy(coordinator);
            return consenting ? builder.consentingTo(care.id()).create() : builder.create();
        }
    }
}
