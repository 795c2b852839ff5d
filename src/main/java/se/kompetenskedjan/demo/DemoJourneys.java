package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.plans.ActivityStatus;
import se.kompetenskedjan.plans.ActivityType;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.MappingCommand;
import se.kompetenskedjan.plans.MappingSource;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.plans.Responsible;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: twelve Älvstad participants on Älvstad's elder-care chain (the ladders part's
 * copy), at different steps (one paused, one who dropped out, one in a regular job), with mapped levels and plans.
 * Recorded as the demo coordinator through the plans module's facades (so the rules, and the audit trail, apply);
 * once: not when Amina (1) is on a journey. Their register status follows from these journeys (decision 73): on the
 * introduction step MAPPING (4, 8, 12), on shadowing ACTIVE (1, 9), with wage subsidy SUBSIDISED_EMPLOYMENT (2, 6,
 * 10), in the servicebiträde job REGULAR_EMPLOYMENT (3), paused PAUSED (5), ended early DROPPED_OUT (7), completed
 * with a job REGULAR_EMPLOYMENT (11).
 */
@Component
@Profile("demo")
class DemoJourneys implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);
    private static final String COORDINATOR = "koordinator";
    private static final UUID ALVSTAD_CARE = DemoRegion.demoId("org:alvstad:omsorg");

    private final Journeys journeys;
    private final Mappings mappings;
    private final IndividualPlans plans;
    private final Ladders ladders;
    private final RequirementProfiles profiles;
    private final Clock clock;

    DemoJourneys(Journeys journeys, Mappings mappings, IndividualPlans plans, Ladders ladders,
            RequirementProfiles profiles, Clock clock) {
        this.journeys = journeys;
        this.mappings = mappings;
        this.plans = plans;
        this.ladders = ladders;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "journeys";
    }

    @Override
    public void load() {
        as(COORDINATOR, () -> {
            if (!journeys.journeys(participant(1)).isEmpty()) {
                return null;
            }
            LadderView ladder = ladders.ladders(new LadderSearch(ALVSTAD_CARE, 0, 50)).items().stream()
                    .filter(l -> !l.template() && DemoLadders.LADDER_NAME.equals(l.name())).findFirst()
                    .map(l -> ladders.ladder(l.id())).orElse(null);
            if (ladder == null) {
                log.info("No demo ladder found; demo journeys not loaded");
                return null;
            }
            int count = 0;
            for (int n = 1; n <= 12; n++) {
                load(ladder, n);
                count++;
            }
            log.info("Demo journeys loaded for {} participants", count);
            return null;
        });
    }

    private void load(LadderView ladder, int n) {
        LocalDate today = SwedishTime.today(clock);
        List<StepView> main = ladder.steps().stream().filter(s -> !s.sideTrack()).toList();
        UUID id = participant(n);
        LocalDate start = today.minusWeeks(4L + 3L * n);
        JourneyView journey = journeys.enrol(id, new EnrolCommand(ladder.id(), null, start, "Anvisad efter kartläggning"));
        int stepsAhead = n % 4;
        LocalDate on = start;
        for (int i = 1; i <= stepsAhead && i < main.size(); i++) {
            StepView current = ladder.step(journey.currentStepId()).orElseThrow();
            if (current.nextStepIds().isEmpty()) {
                break;
            }
            UUID next = current.nextStepIds().stream().filter(s -> ladder.step(s).map(x -> !x.sideTrack()).orElse(false))
                    .findFirst().orElse(current.nextStepIds().get(0));
            on = on.plusWeeks(3);
            journey = journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.ADVANCED, on, next,
                    "Redo enligt handledare och koordinator", null, null, journey.version()));
        }
        if (n == 5) {
            journey = journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.PAUSED,
                    today.minusWeeks(1), null, "Sjukskriven två veckor", null, null, journey.version()));
        } else if (n == 7) {
            journey = journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.ENDED_EARLY,
                    today.minusWeeks(2), null, "Flyttar till annan ort", DropoutReason.MOVED, null, journey.version()));
        } else if (n == 12) {
            // Ali comes back: his first journey ended early on health grounds; he is enrolled again where he left off
            journey = journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.ENDED_EARLY,
                    start.plusWeeks(5), null, "Sjukskriven på heltid", DropoutReason.HEALTH, null, journey.version()));
            UUID again = main.size() > 1 ? main.get(1).id() : main.get(0).id();
            journey = journeys.enrol(id, new EnrolCommand(ladder.id(), again, today.minusWeeks(2),
                    "Tillbaka efter sjukskrivningen, börjar om på skuggningen"));
        } else if (n == 11) {
            journey = journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.COMPLETED,
                    today.minusWeeks(1), null, "Anställd som servicebiträde", null, null, journey.version()));
            journeys.record(id, journey.id(), new JourneyEventCommand(JourneyEventType.OUTCOME, today, null, null, null,
                    Outcome.REGULAR_EMPLOYMENT, journey.version()));
            return;
        }
        StepView step = ladder.step(journey.currentStepId()).orElse(null);
        if (step == null || step.profileVersionId() == null || n == 7) {
            return;
        }
        ProfileVersionView profile = profiles.version(step.profileVersionId());
        List<MappingCommand.Level> levels = new ArrayList<>();
        for (int i = 0; i < profile.items().size(); i++) {
            var item = profile.items().get(i);
            int level = Math.min(item.targetLevel(), (i + n) % 4);
            levels.add(new MappingCommand.Level(item.itemKey(), level,
                    i % 3 == 0 ? MappingSource.SELF_ASSESSMENT : MappingSource.STAFF_ASSESSMENT,
                    on.plusDays(7).isAfter(today) ? today : on.plusDays(7), null));
        }
        if (!levels.isEmpty()) {
            mappings.record(id, new MappingCommand(profile.versionId(), levels));
        }
        if (n <= 6) {
            plan(id, ladder.id(), step, n);
        }
    }

    private void plan(UUID participant, UUID ladderId, StepView step, int n) {
        LocalDate today = SwedishTime.today(clock);
        var gaps = mappings.gapsForStep(participant, ladderId, step.id());
        List<PlanCommand.Goal> goals = new ArrayList<>();
        List<PlanCommand.Activity> activities = new ArrayList<>();
        gaps.gaps().stream().filter(g -> g.mandatory()).limit(3).forEach(g ->
                goals.add(new PlanCommand.Goal("Klara: " + g.text(), List.of(g.itemKey()))));
        if (goals.isEmpty()) {
            goals.add(new PlanCommand.Goal("Gå vidare till nästa steg", List.of()));
        }
        activities.add(new PlanCommand.Activity(ActivityType.LANGUAGE_TRAINING, "SFI på förmiddagarna, tre dagar i veckan",
                Responsible.PARTICIPANT, null, today.minusWeeks(3), today.plusWeeks(9), ActivityStatus.ONGOING, List.of()));
        activities.add(new PlanCommand.Activity(ActivityType.PLACEMENT, "Skuggning i hemtjänsten med handledare",
                Responsible.SUPERVISOR, null, today.minusWeeks(2), today.plusWeeks(6), ActivityStatus.AGREED, List.of()));
        activities.add(new PlanCommand.Activity(ActivityType.PRACTICAL_TRAINING, "Cykelträning med föreningen",
                Responsible.OTHER_ORGANISATION, "Föreningen Brobyggarna", today.minusWeeks(4), today.minusWeeks(1),
                ActivityStatus.DONE, List.of()));
        activities.add(new PlanCommand.Activity(ActivityType.VALIDATION, "Validering av städning och tvätt",
                Responsible.COORDINATOR, null, today.plusWeeks(2), today.plusWeeks(4), ActivityStatus.PROPOSED, List.of()));
        PlanView plan = plans.create(participant, new PlanCommand(gaps.profileVersionId(), goals, activities,
                "Om du inte kommer och inte hör av dig, ringer vi dig och pratar om varför. Planen kan ändras. "
                        + "Ditt stöd kan påverkas om du inte följer planen utan skäl.",
                today.plusWeeks(4), null));
        if (n != 1) {
            plans.agree(participant, plan.id(), plan.revision());
        }
    }
}
