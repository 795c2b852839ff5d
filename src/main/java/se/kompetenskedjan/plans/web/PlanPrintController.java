package se.kompetenskedjan.plans.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.Translation;

/**
 * A plan printed for a meeting with its content in the participant's language: any language the installation offers,
 * also those the interface has no texts for (Tigrinya, Somali, Dari/Persian), so the headings stay in the page's
 * language and each text says which language it is in; untranslated texts are in Swedish, marked.
 */
@Controller
class PlanPrintController {

    private final ParticipantRegister participants;
    private final IndividualPlans plans;
    private final ContentTranslations translations;

    PlanPrintController(ParticipantRegister participants, IndividualPlans plans, ContentTranslations translations) {
        this.participants = participants;
        this.plans = plans;
        this.translations = translations;
    }

    @GetMapping("/deltagare/{id}/planer/{planId}/utskrift/{language}")
    String print(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable String language, Model model) {
        if (!translations.languages().contains(language)) {
            throw new NotFoundException("translation.language.unknown");
        }
        PlanView plan = plans.plans(id).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> new NotFoundException("plan.notFound"));
        Translation texts = translations.translation("plan", List.of(planId), language);
        model.addAttribute("p", participants.get(id));
        model.addAttribute("plan", plan);
        model.addAttribute("language", language);
        model.addAttribute("goals", plan.goals().stream().map(g -> texts.of(planId, g.text())).toList());
        model.addAttribute("activities", plan.activities().stream()
                .map(a -> new MyLadderController.Activity(a, texts.of(planId, a.description()))).toList());
        model.addAttribute("consequences", texts.of(planId, plan.consequences()));
        return "plans/plan-print";
    }
}
