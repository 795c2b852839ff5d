package se.kompetenskedjan.plans.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.ParticipantOnStep;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.StepView;

/** The coordinator's overview of a ladder: who stands on each step today (those the coordinator may see). */
@Controller
class StepListController {

    record StepRow(StepView step, List<ParticipantOnStep> participants) {
    }

    private final Ladders ladders;
    private final Journeys journeys;

    StepListController(Ladders ladders, Journeys journeys) {
        this.ladders = ladders;
        this.journeys = journeys;
    }

    @GetMapping("/stegmodeller/{ladderId}/deltagare")
    String participantsPerStep(@PathVariable UUID ladderId, Model model) {
        LadderView ladder = ladders.ladder(ladderId);
        Map<UUID, List<ParticipantOnStep>> standing = journeys.onLadder(ladderId);
        model.addAttribute("ladder", ladder);
        model.addAttribute("rows", ladder.steps().stream()
                .map(step -> new StepRow(step, standing.getOrDefault(step.id(), List.of()))).toList());
        return "plans/ladder-participants";
    }
}
