package se.kompetenskedjan.plans.web;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.ActivityStatus;
import se.kompetenskedjan.plans.GapAnalysisView;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.LocalizedText;
import se.kompetenskedjan.translations.Translation;

/**
 * "Min trappa": the participant's own ladder in easy words: where I am, what I have done, what I do next, my plan.
 * Also printable (?utskrift). Texts in easy Swedish, English, Ukrainian and Arabic (right to left); what staff
 * wrote (ladder, steps, requirements, plan) in the page's language where translated, else in Swedish, marked.
 */
@Controller
class MyLadderController {

    record Step(UUID id, LocalizedText name, String state, boolean sideTrack) {
    }

    /** current: the step the participant is on, in the words of the list below it (null: none). */
    record Ladder(JourneyView journey, LadderView ladder, LocalizedText name, List<Step> steps, Step current) {
    }

    record Gap(LocalizedText text, boolean mandatory) {
    }

    record Activity(PlanCommand.Activity activity, LocalizedText description) {
    }

    /** partlySwedish: some text is shown in Swedish for want of a translation; the agree form says so. */
    record MyPlan(PlanView plan, List<LocalizedText> goals, LocalizedText consequences, boolean partlySwedish) {
    }

    private final ParticipantRegister participants;
    private final Journeys journeys;
    private final Mappings mappings;
    private final IndividualPlans plans;
    private final Ladders ladders;
    private final ContentTranslations translations;

    MyLadderController(ParticipantRegister participants, Journeys journeys, Mappings mappings, IndividualPlans plans,
            Ladders ladders, ContentTranslations translations) {
        this.participants = participants;
        this.journeys = journeys;
        this.mappings = mappings;
        this.plans = plans;
        this.ladders = ladders;
        this.translations = translations;
    }

    @GetMapping("/min-trappa")
    String myLadder(@RequestParam(name = "utskrift", required = false) String print, Model model) {
        UUID me = participants.myParticipantId();
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("p", participants.get(me));
        List<JourneyView> myJourneys = journeys.journeys(me);
        Translation ladderTexts = translations.translation("ladder",
                myJourneys.stream().map(JourneyView::ladderId).collect(java.util.stream.Collectors.toSet()), language);
        List<Ladder> mine = myJourneys.stream().map(j -> ladder(j, ladderTexts)).toList();
        model.addAttribute("ladders", mine);
        mine.stream().filter(l -> l.journey().currentStepId() != null).findFirst().ifPresent(l -> {
            try {
                GapAnalysisView gaps = mappings.gapsForStep(me, l.ladder().id(), l.journey().currentStepId());
                model.addAttribute("gaps", gaps.gaps().stream().map(g -> new Gap(ladderTexts.of(l.ladder().id(),
                        g.easyText() != null && !g.easyText().isBlank() ? g.easyText() : g.text()), g.mandatory()))
                        .toList());
            } catch (NotFoundException e) {
                // The step has no requirement profile: nothing to show as gaps.
            }
        });
        List<PlanView> myPlans = plans.plans(me);
        Translation planTexts = translations.translation("plan", myPlans.stream().map(PlanView::id).toList(), language);
        model.addAttribute("plans", myPlans.stream().map(plan -> myPlan(plan, planTexts)).toList());
        model.addAttribute("todo", myPlans.stream().flatMap(plan -> plan.activities().stream()
                .filter(a -> a.status() != ActivityStatus.DONE && a.status() != ActivityStatus.CANCELLED)
                .map(a -> new Activity(a, planTexts.of(plan.id(), a.description())))).toList());
        model.addAttribute("done", myPlans.stream().flatMap(plan -> plan.activities().stream()
                .filter(a -> a.status() == ActivityStatus.DONE)
                .map(a -> new Activity(a, planTexts.of(plan.id(), a.description())))).toList());
        model.addAttribute("print", print != null);
        return "plans/my-ladder";
    }

    @PostMapping("/min-trappa/planer/{planId}/revisioner/{revision}/godkann")
    String agree(@PathVariable UUID planId, @PathVariable int revision, RedirectAttributes redirect) {
        plans.agree(participants.myParticipantId(), planId, revision);
        redirect.addFlashAttribute("agreed", true);
        return "redirect:/min-trappa";
    }

    private Ladder ladder(JourneyView journey, Translation texts) {
        LadderView ladder = ladders.ladder(journey.ladderId());
        Set<UUID> visited = new HashSet<>();
        journey.stays().forEach(s -> visited.add(s.stepId()));
        List<Step> steps = ladder.steps().stream().map(s -> new Step(s.id(), texts.of(ladder.id(), shown(s.easyName(),
                s.name())), s.id().equals(journey.currentStepId()) ? "current" : visited.contains(s.id()) ? "done" : "later",
                s.sideTrack())).toList();
        return new Ladder(journey, ladder, texts.of(ladder.id(), shown(ladder.easyName(), ladder.name())), steps,
                steps.stream().filter(s -> s.state().equals("current")).findFirst().orElse(null));
    }

    private static MyPlan myPlan(PlanView plan, Translation texts) {
        List<LocalizedText> goals = plan.goals().stream().map(g -> texts.of(plan.id(), g.text())).toList();
        LocalizedText consequences = texts.of(plan.id(), plan.consequences());
        boolean partlySwedish = Stream.concat(Stream.concat(goals.stream(), Stream.of(consequences)),
                plan.activities().stream().map(a -> texts.of(plan.id(), a.description())))
                .filter(Objects::nonNull).anyMatch(LocalizedText::swedishFallback);
        return new MyPlan(plan, goals, consequences, partlySwedish);
    }

    /** The words a participant is shown: the easy version where one is written (as the ladder's translations hold). */
    private static String shown(String easy, String plain) {
        return easy != null && !easy.isBlank() ? easy : plain;
    }
}
