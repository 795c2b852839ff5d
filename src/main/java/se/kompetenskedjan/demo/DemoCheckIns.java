package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInCommand;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.CheckInView;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.FlagActionCommand;
import se.kompetenskedjan.followup.FlagReason;
import se.kompetenskedjan.followup.FlagView;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.followup.QuestionKind;
import se.kompetenskedjan.followup.ReviewCommand;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: last week's check-ins (a check-in can only be given for this period or the one
 * before). Participant 1 (the "deltagare" account) answered red with a childcare obstacle, which the coordinator made
 * an action of; their supervisor's check-in is reviewed. Participant 11's supervisor answered last week and this week.
 * Participant 3 has no check-ins, so their weeks on the step count as missed. Once: not when participant 1 has any.
 */
@Component
@Profile("demo")
class DemoCheckIns implements DemoData {

    private static final String COORDINATOR = "koordinator";
    private static final String SUPERVISOR = "handledare";
    private static final String PARTICIPANT = "deltagare";

    private final CheckIns checkIns;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DemoCheckIns(CheckIns checkIns, CurrentUsers currentUsers, Clock clock) {
        this.checkIns = checkIns;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "check-ins";
    }

    @Override
    public void load() {
        UUID amina = participant(1);
        if (as(COORDINATOR, () -> checkIns.forParticipant(amina, 0, 1).totalItems()) > 0) {
            return;
        }
        LocalDate lastWeek = SwedishTime.today(clock).minusWeeks(1);
        CheckInView red = as(PARTICIPANT, () -> answer(amina, CheckInAudience.PARTICIPANT, lastWeek,
                Map.of(QuestionKind.TRAFFIC_LIGHT, "RED", QuestionKind.SCALE, "2"), Set.of(Obstacle.CHILDCARE),
                "Förskolan har stängt på fredagar."));
        FlagView childcare = red.flags().stream().filter(f -> f.reason() == FlagReason.OBSTACLE).findFirst()
                .orElseThrow();
        UUID coordinatorId = as(COORDINATOR, () -> currentUsers.current().id().value());
        as(COORDINATOR, () -> checkIns.turnIntoAction(red.id(), childcare.id(), new FlagActionCommand(
                "Ordna barnomsorg på fredagar", "Kontakta förskolan och se över schemat med arbetsplatsen.",
                coordinatorId, SwedishTime.today(clock).plusWeeks(1))));
        CheckInView supervisor = as(SUPERVISOR, () -> answer(amina, CheckInAudience.SUPERVISOR, lastWeek,
                Map.of(QuestionKind.TRAFFIC_LIGHT, "YELLOW"), Set.of(), null));
        as(COORDINATOR, () -> checkIns.review(supervisor.id(), new ReviewCommand(
                "Handledaren ser att fredagarna är svåra; åtgärd om barnomsorgen är lagd.")));

        UUID omar = participant(11);
        as(SUPERVISOR, () -> answer(omar, CheckInAudience.SUPERVISOR, lastWeek, Map.of(), Set.of(), null));
        as(SUPERVISOR, () -> answer(omar, CheckInAudience.SUPERVISOR, null, Map.of(), Set.of(), null));
    }

    /** Answers every question of the form: the given value for its kind, else a calm one. */
    private CheckInView answer(UUID participant, CheckInAudience audience, LocalDate periodDate,
            Map<QuestionKind, String> values, Set<Obstacle> obstacles, String note) {
        CheckInForm form = checkIns.form(participant, audience);
        List<CheckInCommand.Answer> answers = new ArrayList<>();
        for (BatteryView.QuestionView q : form.questions()) {
            String value = values.getOrDefault(q.kind(), switch (q.kind()) {
                case SCALE -> "4";
                case YES_NO -> "YES";
                case TRAFFIC_LIGHT -> "GREEN";
                case CHOICE -> q.choices().get(0);
                case FREE_TEXT -> q.required() ? "Det har gått bra." : null;
            });
            if (value != null) {
                answers.add(new CheckInCommand.Answer(q.key(), value));
            }
        }
        return checkIns.answer(participant, new CheckInCommand(audience, periodDate, form.batteryId(),
                form.batteryVersion(), answers, obstacles, note, "sv"));
    }
}
