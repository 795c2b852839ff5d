package se.kompetenskedjan.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import se.kompetenskedjan.participants.ParticipantCalendar;
import se.kompetenskedjan.placements.PlacementCalendar;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.plans.FollowUpPoint;
import se.kompetenskedjan.plans.JourneyCalendar;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskCompletion;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

/**
 * The rules and their dates, with calendars and tasks kept in memory and a fixed clock: the scheduled run's day is
 * the Swedish date (at 23:30 UTC on New Year's Eve it is already New Year's Day in Sweden; on the night clocks go
 * forward it is that Sunday), due dates count back across a year boundary, and the same day twice opens nothing new.
 */
class ReminderServiceTests {

    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID COORDINATOR = UUID.randomUUID();

    private final Calendars calendars = new Calendars();
    private final RecordingTasks tasks = new RecordingTasks();

    private ReminderService service(Instant now) {
        return new ReminderService(calendars, calendars, calendars, tasks, new NoTransactions(), Clock.fixed(now, ZoneOffset.UTC), 3);
    }

    @Test
    void atNewYearTheSwedishDateDecidesAndTheApplicationIsDueThreeWeeksBeforeTheStartInTheOldYear() {
        UUID participant = calendars.responsibleFor(UUID.randomUUID());
        calendars.placements.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                PlacementType.SUBSIDISED_JOB, participant, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 7, 1)));

        service(Instant.parse("2026-12-31T23:30:00Z")).daily();

        assertThat(calendars.startingFrom).as("today in Sweden").isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendars.startingTo).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(calendars.startingTypes).containsExactlyInAnyOrder(PlacementType.SUBSIDISED_JOB,
                PlacementType.ENTRY_JOB);
        assertThat(tasks.opened).hasSize(1);
        TaskCommand task = tasks.opened.values().iterator().next();
        assertThat(task.title()).isEqualTo("Starta ansökan om lönestöd");
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(task.ownerId()).isEqualTo(COORDINATOR);
        assertThat(task.participantId()).isEqualTo(participant);
        assertThat(tasks.organisations).containsOnly(ORGANISATION);
    }

    @Test
    void onTheNightClocksGoForwardTheDayIsThatSundayAndEveryRuleFindsItsSubjects() {
        UUID starting = calendars.responsibleFor(UUID.randomUUID());
        UUID ending = calendars.responsibleFor(UUID.randomUUID());
        UUID consenting = calendars.responsibleFor(UUID.randomUUID());
        calendars.placements.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                PlacementType.ENTRY_JOB, starting, LocalDate.of(2027, 4, 18), null));
        calendars.ending.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                PlacementType.INTERNSHIP, ending, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 4, 2)));
        calendars.consents.add(new ParticipantCalendar.ConsentEnding(UUID.randomUUID(),
                calendars.responsibility(consenting), LocalDate.of(2027, 4, 26)));

        service(Instant.parse("2027-03-28T00:55:00Z")).daily();

        assertThat(calendars.startingFrom).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(calendars.endingTo).isEqualTo(LocalDate.of(2027, 4, 11));
        assertThat(calendars.consentsTo).isEqualTo(LocalDate.of(2027, 4, 27));
        Map<UUID, LocalDate> due = tasks.opened.values().stream()
                .collect(Collectors.toMap(TaskCommand::participantId, TaskCommand::dueDate));
        assertThat(due).containsEntry(starting, LocalDate.of(2027, 3, 28))
                .as("a week before the end, but not before today").containsEntry(ending, LocalDate.of(2027, 3, 28))
                .containsEntry(consenting, LocalDate.of(2027, 4, 19));
        assertThat(tasks.opened.values()).extracting(TaskCommand::title).contains(
                "Starta ansökan om etableringsjobb", "Planera nästa steg efter praktiken",
                "Förnya samtycket eller låt delningen upphöra");
    }

    @Test
    void theSameDayTwiceAsksForTheSameSourcesAndAParticipantWithoutACoordinatorIsSkipped() {
        UUID participant = calendars.responsibleFor(UUID.randomUUID());
        calendars.placements.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                PlacementType.SUBSIDISED_JOB, participant, LocalDate.of(2027, 2, 1), null));
        calendars.placements.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                PlacementType.SUBSIDISED_JOB, UUID.randomUUID(), LocalDate.of(2027, 2, 1), null));
        ReminderService service = service(Instant.parse("2027-01-15T08:00:00Z"));

        service.run(LocalDate.of(2027, 1, 15));
        List<TaskSource> first = List.copyOf(tasks.asked);
        service.run(LocalDate.of(2027, 1, 15));

        assertThat(first).hasSize(1);
        assertThat(tasks.asked).hasSize(2).allMatch(first.get(0)::equals);
        assertThat(first.get(0).kind()).isEqualTo("REMINDER");
        assertThat(ReminderService.source("SUBSIDY_APPLICATION", participant, LocalDate.of(2027, 2, 1)))
                .isNotEqualTo(ReminderService.source("SUBSIDY_APPLICATION", participant, LocalDate.of(2027, 2, 2)));
    }

    @Test
    void aRegionWithMoreParticipantsThanOneCallAnswersGetsEveryReminder() {
        for (int i = 0; i < 1_000; i++) {
            calendars.placements.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                    PlacementType.SUBSIDISED_JOB, calendars.responsibleFor(UUID.randomUUID()),
                    LocalDate.of(2027, 2, 1), null));
            calendars.ending.add(new PlacementCalendar.PlacementDates(UUID.randomUUID(), UUID.randomUUID(),
                    PlacementType.INTERNSHIP, calendars.responsibleFor(UUID.randomUUID()), LocalDate.of(2026, 11, 1),
                    LocalDate.of(2027, 1, 20)));
        }

        service(Instant.parse("2027-01-15T08:00:00Z")).run(LocalDate.of(2027, 1, 15));

        assertThat(tasks.opened).as("2,000 participants, asked about in two calls").hasSize(2_000);
    }

    @Test
    void aJourneyEndedInOctoberIsFollowedUpOnNewYearsDayInSwedenAndTheParticipantWhoLeftStillGetsTheTask() {
        UUID left = UUID.randomUUID();
        calendars.responsibleAfterExit.put(left, new ParticipantCalendar.Responsibility(left, ORGANISATION,
                COORDINATOR));
        UUID journey = UUID.randomUUID();
        LocalDate ended = LocalDate.of(2026, 10, 3);
        calendars.followUps.add(new JourneyCalendar.FollowUpDue(journey, left, FollowUpPoint.DAYS_90, ended,
                FollowUpPoint.DAYS_90.dueOn(ended)));

        service(Instant.parse("2026-12-31T23:30:00Z")).daily();

        assertThat(FollowUpPoint.DAYS_90.dueOn(ended)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendars.followUpsFrom).as("a catch-up window back from today in Sweden")
                .isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(calendars.followUpsTo).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(tasks.asked).singleElement().satisfies(source -> {
            assertThat(source.kind()).isEqualTo("EXIT_FOLLOW_UP");
            assertThat(source).isEqualTo(ReminderService.source("EXIT_FOLLOW_UP", "FOLLOW_UP_DAYS_90", journey,
                    LocalDate.of(2027, 1, 1)));
        });
        TaskCommand task = tasks.opened.values().iterator().next();
        assertThat(task.title()).isEqualTo("Ta reda på var deltagaren är 90 dagar efter avslutet");
        assertThat(task.description()).contains("3 oktober 2026", "1 januari 2027");
        assertThat(task.dueDate()).as("two weeks to find out").isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(task.ownerId()).isEqualTo(COORDINATOR);
        assertThat(task.participantId()).isEqualTo(left);
    }

    /** The calendars, answering what the test put in and remembering what they were asked. */
    static final class Calendars implements PlacementCalendar, ParticipantCalendar, JourneyCalendar {

        final List<FollowUpDue> followUps = new ArrayList<>();
        final Map<UUID, Responsibility> responsibleAfterExit = new java.util.HashMap<>();
        LocalDate followUpsFrom;
        LocalDate followUpsTo;

        final List<PlacementDates> placements = new ArrayList<>();
        final List<PlacementDates> ending = new ArrayList<>();
        final List<ConsentEnding> consents = new ArrayList<>();
        final Map<UUID, Responsibility> responsible = new java.util.HashMap<>();
        Set<PlacementType> startingTypes;
        LocalDate startingFrom;
        LocalDate startingTo;
        LocalDate endingTo;
        LocalDate consentsTo;

        UUID responsibleFor(UUID participant) {
            responsible.put(participant, new Responsibility(participant, ORGANISATION, COORDINATOR));
            return participant;
        }

        Responsibility responsibility(UUID participant) {
            return responsible.get(participant);
        }

        @Override
        public List<PlacementDates> starting(Set<PlacementType> types, LocalDate from, LocalDate to) {
            startingTypes = types;
            startingFrom = from;
            startingTo = to;
            return placements.stream().filter(p -> !p.startsOn().isBefore(from) && !p.startsOn().isAfter(to)).toList();
        }

        @Override
        public List<PlacementDates> endingWithoutNextStep(LocalDate from, LocalDate to) {
            endingTo = to;
            return ending.stream().filter(p -> !p.endsOn().isBefore(from) && !p.endsOn().isAfter(to)).toList();
        }

        @Override
        public Map<UUID, Responsibility> responsible(Collection<UUID> participantIds) {
            if (participantIds.size() > ReminderService.PER_CALL) {
                throw new IllegalArgumentException("at most 1,000 participants, as the participants module answers");
            }
            return responsible.entrySet().stream().filter(e -> participantIds.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Map<UUID, Responsibility> responsibleAfterExit(Collection<UUID> participantIds) {
            Map<UUID, Responsibility> all = new java.util.HashMap<>(responsible);
            all.putAll(responsibleAfterExit);
            return all.entrySet().stream().filter(e -> participantIds.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public List<FollowUpDue> followUpsDue(LocalDate from, LocalDate to) {
            followUpsFrom = from;
            followUpsTo = to;
            return followUps.stream().filter(f -> !f.dueOn().isBefore(from) && !f.dueOn().isAfter(to)).toList();
        }

        @Override
        public List<ConsentEnding> consentsEnding(LocalDate from, LocalDate to) {
            consentsTo = to;
            return consents.stream().filter(c -> !c.validUntil().isAfter(to)).toList();
        }
    }

    /** Opens each source once, as the tasks module does, and remembers every request. */
    static final class RecordingTasks implements Tasks {

        final Map<TaskSource, TaskCommand> opened = new java.util.LinkedHashMap<>();
        final List<TaskSource> asked = new ArrayList<>();
        final Set<UUID> organisations = new java.util.HashSet<>();

        @Override
        public TaskView openFor(TaskSource source, UUID organisationId, TaskCommand command, UUID createdBy) {
            asked.add(source);
            organisations.add(organisationId);
            opened.putIfAbsent(source, command);
            return null;
        }

        @Override
        public TaskView open(TaskCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int closeOpen(UUID participantId, String sourceKind, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaskView get(UUID taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaskView complete(UUID taskId, TaskCompletion completion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PageResult<TaskView> mine(boolean includeClosed, Integer page, Integer size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TaskView> forSource(TaskSource source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TaskView> forParticipant(UUID participantId) {
            throw new UnsupportedOperationException();
        }
    }

    static final class NoTransactions implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
