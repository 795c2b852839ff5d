package se.kompetenskedjan.plans.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.ActivityStatus;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * "Min trappa": the participant's own ladder in easy words: where I am, what I have done, what I do next, my plan.
 * Also printable (?utskrift). Texts in easy Swedish, English, Ukrainian and Arabic (right to left).
 */
@Controller
class MyLadderController {

    record Step(UUID id, String name, String state, boolean sideTrack) {
    }

    record Ladder(JourneyView journey, LadderView ladder, List<Step> steps) {
    }

    private final ParticipantRegister participants;
    private final Journeys journeys;
    private final Mappings mappings;
    private final IndividualPlans plans;
    private final Ladders ladders;

    MyLadderController(ParticipantRegister participants, Journeys journeys, Mappings mappings, IndividualPlans plans,
            Ladders ladders) {
        this.participants = participants;
        this.journeys = journeys;
        this.mappings = mappings;
        this.plans = plans;
        this.ladders = ladders;
    }

    @GetMapping("/min-trappa")
    String myLadder(@RequestParam(name = "utskrift", required = false) String print, Model model) {
        UUID me = participants.myParticipantId();
        model.addAttribute("p", participants.get(me));
        List<Ladder> mine = journeys.journeys(me).stream().map(this::ladder).toList();
        model.addAttribute("ladders", mine);
        mine.stream().filter(l -> l.journey().currentStepId() != null).findFirst().ifPresent(l -> {
            try {
                model.addAttribute("gaps", mappings.gapsForStep(me, l.ladder().id(), l.journey().currentStepId()));
            } catch (NotFoundException e) {
                // The step has no requirement profile: nothing to show as gaps.
            }
        });
        List<PlanView> myPlans = plans.plans(me);
        model.addAttribute("plans", myPlans);
        model.addAttribute("todo", myPlans.stream().flatMap(plan -> plan.activities().stream())
                .filter(a -> a.status() != ActivityStatus.DONE && a.status() != ActivityStatus.CANCELLED).toList());
        model.addAttribute("done", myPlans.stream().flatMap(plan -> plan.activities().stream())
                .filter(a -> a.status() == ActivityStatus.DONE).toList());
        model.addAttribute("print", print != null);
        return "plans/my-ladder";
    }

    @PostMapping("/min-trappa/planer/{planId}/revisioner/{revision}/godkann")
    String agree(@PathVariable UUID planId, @PathVariable int revision, RedirectAttributes redirect) {
        plans.agree(participants.myParticipantId(), planId, revision);
        redirect.addFlashAttribute("agreed", true);
        return "redirect:/min-trappa";
    }

    private Ladder ladder(JourneyView journey) {
        LadderView ladder = ladders.ladder(journey.ladderId());
        java.util.Set<UUID> visited = new java.util.HashSet<>();
        journey.stays().forEach(s -> visited.add(s.stepId()));
        List<Step> steps = ladder.steps().stream().map(s -> new Step(s.id(),
                s.easyName() != null && !s.easyName().isBlank() ? s.easyName() : s.name(),
                s.id().equals(journey.currentStepId()) ? "current" : visited.contains(s.id()) ? "done" : "later",
                s.sideTrack())).toList();
        return new Ladder(journey, ladder, steps);
    }
}
