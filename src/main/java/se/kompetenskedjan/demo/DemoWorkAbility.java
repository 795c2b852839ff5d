package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.workability.WorkAbilityAssessmentCommand;
import se.kompetenskedjan.workability.WorkAbilityAssessmentView;
import se.kompetenskedjan.workability.WorkAbilityAssessments;
import se.kompetenskedjan.workability.WorkAbilityFormView;
import se.kompetenskedjan.workability.WorkAbilityRequester;

/**
 * Demo data, in the demo profile: a work-ability assessment of Zahra (17, in work training in the kitchen) asked for
 * by Arbetsförmedlingen, made by the coordinator on the default form and signed (so its report exists), through the
 * work-ability facade only. Once: not when Zahra already has an assessment.
 */
@Component
@Profile("demo")
class DemoWorkAbility implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkAbility.class);

    private final WorkAbilityAssessments workAbility;
    private final Clock clock;

    DemoWorkAbility(WorkAbilityAssessments workAbility, Clock clock) {
        this.workAbility = workAbility;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "work-ability";
    }

    @Override
    public void load() {
        UUID zahra = DemoRegion.participant(17);
        boolean loaded = as("koordinator", () -> !workAbility.assessments(zahra, 0, 1).items().isEmpty());
        if (loaded) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        WorkAbilityAssessmentView signed = as("koordinator", () -> {
            // the platform's default form is listed first
            WorkAbilityFormView form = workAbility.forms(0, 1).items().get(0);
            int[] scores = {4, 3, 2, 4, 2, 3, 2};
            String[] notes = {"Har kommit i tid varje dag och ringt vid sjukdom.",
                    "Följer instruktioner i flera steg när de visas en gång.",
                    "Arbetar noggrant men långsammare än kollegorna vid disken.", "Samarbetar väl, frågar om hjälp.",
                    "Orkar fyra timmar; efter lunch behövs en paus.", "Klarar lyft upp till 10 kg.",
                    "Behöver kortare pass i början och hjälpmedel vid tunga lyft."};
            List<WorkAbilityAssessmentCommand.Answer> answers = new ArrayList<>();
            for (int i = 0; i < form.questions().size() && i < scores.length; i++) {
                answers.add(new WorkAbilityAssessmentCommand.Answer(form.questions().get(i).id(), scores[i], notes[i]));
            }
            WorkAbilityAssessmentView draft = workAbility.create(zahra, new WorkAbilityAssessmentCommand(
                    form.versionId(), WorkAbilityRequester.ARBETSFORMEDLINGEN, "AF-2026-0417", today.minusWeeks(5),
                    today.minusWeeks(1), "Zahra har god förmåga att arbeta i kök på 50 procent med stöd av handledare. "
                            + "Arbetstid och lyft behöver anpassas; tempot ökar stadigt.", answers, null));
            return workAbility.sign(draft.id());
        });
        log.info("Demo work-ability assessment loaded ({} questions)", signed.items().size());
    }
}
