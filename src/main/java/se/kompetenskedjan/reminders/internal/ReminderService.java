package se.kompetenskedjan.reminders.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.participants.ParticipantCalendar;
import se.kompetenskedjan.participants.ParticipantCalendar.Responsibility;
import se.kompetenskedjan.placements.PlacementCalendar;
import se.kompetenskedjan.placements.PlacementCalendar.PlacementDates;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.plans.JourneyCalendar;
import se.kompetenskedjan.reminders.ReminderRun;
import se.kompetenskedjan.reminders.Reminders;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;

/**
 * Runs the rules daily at 06:15 Swedish time (kk.reminders.cron; "-" switches it off, as the tests do: they call
 * {@link #run} with their own date). Each task is opened in its own transaction: of two nodes running at once, the
 * second finds the task (or meets the unique source and skips it), and one reminder that cannot be opened (a
 * coordinator's account switched off) does not stop the others. Tasks carry no participant name.
 */
@Service
class ReminderService implements Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
    static final int ENDING_PLACEMENT_DAYS = 14;
    static final int ENDING_CONSENT_DAYS = 30;
    static final int PER_CALL = 1000;
    private static final Set<PlacementType> SUBSIDISED = Set.of(PlacementType.SUBSIDISED_JOB, PlacementType.ENTRY_JOB);

    private final PlacementCalendar placements;
    private final ParticipantCalendar participants;
    private final JourneyCalendar journeys;
    private final Tasks tasks;
    private final TransactionTemplate eachInItsOwn;
    private final Clock clock;
    private final int applicationWeeks;

    ReminderService(PlacementCalendar placements, ParticipantCalendar participants, JourneyCalendar journeys,
            Tasks tasks, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kk.reminders.subsidy-application-weeks:3}") int applicationWeeks) {
        this.placements = placements;
        this.participants = participants;
        this.journeys = journeys;
        this.tasks = tasks;
        this.eachInItsOwn = new TransactionTemplate(transactionManager);
        this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        if (applicationWeeks < 1) {
            throw new IllegalArgumentException("kk.reminders.subsidy-application-weeks must be at least 1");
        }
        this.applicationWeeks = applicationWeeks;
    }

    @Scheduled(cron = "${kk.reminders.cron:0 15 6 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "reminders.daily", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        ReminderRun run = run(SwedishTime.today(clock));
        LOG.info("Reminders: {} applications, {} ending placements, {} ending consents, {} follow-ups after exit",
                run.subsidyApplications(), run.endingPlacements(), run.endingConsents(), run.followUps());
    }

    @Override
    public ReminderRun run(LocalDate today) {
        List<PlacementDates> starting = placements.starting(SUBSIDISED, today, today.plusWeeks(applicationWeeks));
        List<PlacementDates> ending = placements.endingWithoutNextStep(today, today.plusDays(ENDING_PLACEMENT_DAYS));
        List<UUID> ids = new ArrayList<>();
        starting.forEach(p -> ids.add(p.participantId()));
        ending.forEach(p -> ids.add(p.participantId()));
        Map<UUID, Responsibility> responsible = responsible(List.copyOf(Set.copyOf(ids)));

        int applications = 0;
        for (PlacementDates placement : starting) {
            Responsibility r = responsible.get(placement.participantId());
            if (r != null && open("SUBSIDY_APPLICATION", placement.proposalId(), placement.startsOn(), r,
                    placement.type() == PlacementType.ENTRY_JOB ? "Starta ansökan om etableringsjobb"
                            : "Starta ansökan om lönestöd",
                    "Anställningen börjar " + DATE.format(placement.startsOn()) + ". Ansökan till Arbetsförmedlingen "
                            + "ska vara påbörjad " + applicationWeeks + " veckor innan.",
                    placement.startsOn().minusWeeks(applicationWeeks))) {
                applications++;
            }
        }
        int endingPlacements = 0;
        for (PlacementDates placement : ending) {
            Responsibility r = responsible.get(placement.participantId());
            if (r != null && open("PLACEMENT_ENDING", placement.proposalId(), placement.endsOn(), r,
                    "Planera nästa steg efter praktiken",
                    "Praktiken slutar " + DATE.format(placement.endsOn()) + " och inget nästa steg är bokat.",
                    weekBefore(placement.endsOn(), today))) {
                endingPlacements++;
            }
        }
        int endingConsents = 0;
        for (ParticipantCalendar.ConsentEnding consent : participants.consentsEnding(today,
                today.plusDays(ENDING_CONSENT_DAYS))) {
            if (open("CONSENT_ENDING", consent.consentId(), consent.validUntil(), consent.responsibility(),
                    "Förnya samtycket eller låt delningen upphöra",
                    "Samtycket gäller till och med " + DATE.format(consent.validUntil()) + ".",
                    weekBefore(consent.validUntil(), today))) {
                endingConsents++;
            }
        }
        return new ReminderRun(applications, endingPlacements, endingConsents, followUps(today));
    }

    /**
     * Rule (d): a follow-up point after exit falls due (or fell due within the catch-up days and is still not
     * recorded): find out where the participant is, due two weeks later. A point recorded before it falls due (an
     * early answer) opens nothing. Those who have left the chain are the point, so their coordinator is asked for.
     */
    private int followUps(LocalDate today) {
        List<JourneyCalendar.FollowUpDue> due = journeys.followUpsDue(today.minusDays(FOLLOW_UP_CATCH_UP_DAYS), today);
        Map<UUID, Responsibility> responsible = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(due.stream().map(JourneyCalendar.FollowUpDue::participantId)
                .collect(java.util.stream.Collectors.toSet()));
        for (int from = 0; from < ids.size(); from += PER_CALL) {
            responsible.putAll(participants.responsibleAfterExit(ids.subList(from, Math.min(ids.size(), from + PER_CALL))));
        }
        int opened = 0;
        for (JourneyCalendar.FollowUpDue point : due) {
            Responsibility r = responsible.get(point.participantId());
            String days = Integer.toString(point.point().days());
            if (r != null && open(FOLLOW_UP_SOURCE_KIND, "FOLLOW_UP_" + point.point().name(), point.journeyId(),
                    point.dueOn(), r, "Ta reda på var deltagaren är " + days + " dagar efter avslutet",
                    "Resan i stegmodellen avslutades " + DATE.format(point.endedOn()) + ". Registrera utfallet "
                            + days + " dagar efter avslutet (" + DATE.format(point.dueOn())
                            + ") under Resa och plan.",
                    point.dueOn().plusWeeks(2))) {
                opened++;
            }
        }
        return opened;
    }

    /** The same rule, subject and date always give the same source: the task is opened once. */
    static TaskSource source(String rule, UUID subject, LocalDate date) {
        return source(SOURCE_KIND, rule, subject, date);
    }

    static TaskSource source(String kind, String rule, UUID subject, LocalDate date) {
        return new TaskSource(kind, UUID.nameUUIDFromBytes(
                ("reminder:" + rule + ":" + subject + ":" + date).getBytes(StandardCharsets.UTF_8)));
    }

    private boolean open(String rule, UUID subject, LocalDate date, Responsibility r, String title,
            String description, LocalDate due) {
        return open(SOURCE_KIND, rule, subject, date, r, title, description, due);
    }

    private boolean open(String kind, String rule, UUID subject, LocalDate date, Responsibility r, String title,
            String description, LocalDate due) {
        TaskSource source = source(kind, rule, subject, date);
        TaskCommand command = new TaskCommand(title, description, r.coordinatorId(), due, r.participantId());
        try {
            eachInItsOwn.executeWithoutResult(s -> tasks.openFor(source, r.organisationId(), command, null));
            return true;
        } catch (DataIntegrityViolationException e) {
            // another node opened it at the same moment
            return true;
        } catch (InvalidFieldException e) {
            LOG.warn("Reminder {} not opened: {}", source.id(), e.problems().isEmpty() ? "invalid"
                    : e.problems().get(0).messageKey());
            return false;
        }
    }

    private static LocalDate weekBefore(LocalDate date, LocalDate today) {
        LocalDate due = date.minusWeeks(1);
        return due.isBefore(today) ? today : due;
    }

    /** The participants' calendar answers for at most {@value #PER_CALL} participants a call. */
    private Map<UUID, Responsibility> responsible(List<UUID> ids) {
        Map<UUID, Responsibility> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += PER_CALL) {
            found.putAll(participants.responsible(ids.subList(from, Math.min(ids.size(), from + PER_CALL))));
        }
        return found;
    }

}
