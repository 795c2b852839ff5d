package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.meetings.DecisionCommand;
import se.kompetenskedjan.meetings.DecisionView;
import se.kompetenskedjan.meetings.HeldMeetingCommand;
import se.kompetenskedjan.meetings.MeetingCommand;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingView;
import se.kompetenskedjan.meetings.Meetings;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCompletion;
import se.kompetenskedjan.tasks.Tasks;

/**
 * Demo data, in the demo profile: Älvstad's weekly Wednesday working-group meeting between the labour-market
 * administration and elder care (held last week with two decisions, one of them done; the next one planned), a
 * steering group, and a three-party follow-up meeting about Amina (participant 1, in an active placement with
 * "handledare"). Once: not when the coordinator already has a Wednesday meeting around these dates.
 */
@Component
@Profile("demo")
class DemoMeetings implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private static final String WEDNESDAY_TITLE = "Onsdagsmöte: arbetsmarknad och äldreomsorg";

    private final Meetings meetings;
    private final Tasks tasks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoMeetings(Meetings meetings, Tasks tasks, PlatformTransactionManager transactionManager, Clock clock) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public void load() {
        LocalDate today = SwedishTime.today(clock);
        UUID sara = user("koordinator");
        if (as("koordinator", () -> meetings.upcomingFor(sara, today.minusWeeks(3), today.plusWeeks(3)).stream()
                .anyMatch(m -> WEDNESDAY_TITLE.equals(m.title())))) {
            return;
        }
        LocalDate lastWeek = today.minusWeeks(1).with(DayOfWeek.WEDNESDAY);
        LocalDate next = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<UUID> workingGroup = List.of(sara, user("koordinator2"), user("chef"));
        List<String> agenda = List.of("Platser i hemtjänsten och köken", "Handledarnas tid och utbildning",
                "Avbrott och frånvaro (utan namn)", "Nästa vecka");
        MeetingView held = transactions.execute(status -> as("koordinator", () -> {
            MeetingView planned = meetings.plan(wednesday(lastWeek, workingGroup, agenda));
            return meetings.hold(planned.id(), new HeldMeetingCommand("""
                    Hemtjänst Norr kan ta emot två nya skuggare i februari. Köket har en handledare för få.
                    Två avbrott den här månaden, båda av hälsoskäl; koordinatorerna följer upp i trepartssamtal.""",
                    planned.lockVersion()));
        }));
        DecisionView places = transactions.execute(status -> as("koordinator", () -> meetings.decide(held.id(),
                new DecisionCommand("Ta fram två nya skuggplatser i hemtjänsten till februari", user("chef"),
                        lastWeek.plusWeeks(4)))));
        transactions.executeWithoutResult(status -> as("koordinator", () -> meetings.decide(held.id(),
                new DecisionCommand("Boka handledarutbildning för två handledare i Tillagningsköket", sara,
                        lastWeek.plusWeeks(3)))));
        transactions.executeWithoutResult(status -> as("chef", () -> tasks.complete(places.taskId(),
                new TaskCompletion("Två platser upplagda i platsbanken"))));
        transactions.executeWithoutResult(status -> as("koordinator", () -> meetings.plan(
                wednesday(next, workingGroup, agenda))));

        transactions.executeWithoutResult(status -> as("admin.alvstad", () -> meetings.plan(new MeetingCommand(
                MeetingKind.STEERING_GROUP, "Styrgrupp för kompetenskedjan", today.plusWeeks(2),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadshuset, sammanträdesrum Älven", null, null,
                List.of(user("admin.alvstad"), sara, user("chef"), user("af.handlaggare"), user("larare")),
                List.of("Resultat hittills: platser, anställningar, avbrott", "Kompetensbehov i äldreomsorgen 2027",
                        "Finansiering efter projekttiden"), null))));
        transactions.executeWithoutResult(status -> as("koordinator", () -> meetings.plan(new MeetingCommand(
                MeetingKind.THREE_PARTY_FOLLOW_UP, "Trepartssamtal efter fyra veckor", today.plusDays(7),
                LocalTime.of(14, 0), LocalTime.of(14, 45), "Hemtjänst Norr, personalrummet", null, participant(1),
                List.of(sara, user("handledare"), user("deltagare")),
                List.of("Hur har veckorna gått?", "Svenska i arbetet", "Mål till nästa samtal"), null))));
        log.info("Demo meetings loaded: the Wednesday working group (held, next planned), a steering group, "
                + "a three-party meeting");
    }

    private static MeetingCommand wednesday(LocalDate date, List<UUID> attendees, List<String> agenda) {
        return new MeetingCommand(MeetingKind.WORKING_GROUP, WEDNESDAY_TITLE, date, LocalTime.of(9, 0),
                LocalTime.of(10, 0), "Arbetsmarknadsförvaltningen, rum 2", "https://video.example.se/onsdagsmote",
                null, attendees, agenda, null);
    }

    private static UUID user(String username) {
        return demoId("user:" + username);
    }
}
