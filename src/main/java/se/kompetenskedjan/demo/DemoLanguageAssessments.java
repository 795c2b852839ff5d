package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CanDoStatementView;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessmentCommand;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.LanguageValidation;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: signed language assessments showing progress over some months for Yonas (14, in a
 * language internship supervised by "handledare", shared with the SFI school), Amina (1, the "deltagare" account)
 * and Farida (11), by the teacher "larare", the supervisor and the coordinator. Through the language facade only; once: not when Yonas already has an assessment.
 */
@Component
@Profile("demo")
class DemoLanguageAssessments implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoLanguageAssessments.class);

    private final LanguageValidation language;
    private final Clock clock;

    DemoLanguageAssessments(LanguageValidation language, Clock clock) {
        this.language = language;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "language-assessments";
    }

    @Override
    public void load() {
        boolean loaded = as("larare", () -> !language.assessments(participant(14), 0, 1).items().isEmpty());
        if (loaded) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        List<CanDoStatementView> catalogue = language.catalogue(null, null);
        // Yonas: SFI B in the register, now A2 in all four skills at work (so the coordinator sees the validated level
        // to record)
        assess("larare", 14, today.minusMonths(5), catalogue, Map.of(LanguageSkill.LISTENING, 1,
                LanguageSkill.SPEAKING, 1, LanguageSkill.READING, 1, LanguageSkill.WRITING, 0),
                "Första bedömningen vid kursstart. Förstår enkla instruktioner när de visas.");
        assess("larare", 14, today.minusMonths(3), catalogue, Map.of(LanguageSkill.LISTENING, 2,
                LanguageSkill.SPEAKING, 1, LanguageSkill.READING, 1, LanguageSkill.WRITING, 1),
                "Tydlig utveckling i hörförståelse. Skriver sitt namn och enstaka ord.");
        assess("handledare", 14, today.minusWeeks(2), catalogue, Map.of(LanguageSkill.LISTENING, 2,
                LanguageSkill.SPEAKING, 2, LanguageSkill.READING, 2, LanguageSkill.WRITING, 2),
                "Ställer frågor om arbetsuppgifterna och läser schemat själv.");
        // Amina: SFI D, on her way to B1
        assess("larare", 1, today.minusMonths(6), catalogue, Map.of(LanguageSkill.LISTENING, 2,
                LanguageSkill.SPEAKING, 2, LanguageSkill.READING, 2, LanguageSkill.WRITING, 1), null);
        assess("larare", 1, today.minusMonths(3), catalogue, Map.of(LanguageSkill.LISTENING, 3,
                LanguageSkill.SPEAKING, 2, LanguageSkill.READING, 2, LanguageSkill.WRITING, 2), null);
        assess("koordinator", 1, today.minusWeeks(3), catalogue, Map.of(LanguageSkill.LISTENING, 3,
                LanguageSkill.SPEAKING, 3, LanguageSkill.READING, 3, LanguageSkill.WRITING, 2),
                "Bedömd tillsammans med SFI-läraren inför språkpraktiken.");
        // Farida: SFI C
        assess("larare", 11, today.minusMonths(4), catalogue, Map.of(LanguageSkill.LISTENING, 1,
                LanguageSkill.SPEAKING, 1, LanguageSkill.READING, 1, LanguageSkill.WRITING, 1), null);
        assess("larare", 11, today.minusMonths(1), catalogue, Map.of(LanguageSkill.LISTENING, 2,
                LanguageSkill.SPEAKING, 2, LanguageSkill.READING, 1, LanguageSkill.WRITING, 1), null);
        log.info("Demo language assessments loaded");
    }

    /**
     * A signed assessment whose answers reach the given level per skill (0: not yet A1; 1 = A1 … 4 = B2): statements
     * at or below it achieved (the last one of each level partly), those of the next level partly begun.
     */
    private void assess(String username, int participant, LocalDate on, List<CanDoStatementView> catalogue,
            Map<LanguageSkill, Integer> target, String comment) {
        List<LanguageAssessmentCommand.Answer> answers = new ArrayList<>();
        for (CanDoStatementView statement : catalogue) {
            int reached = target.get(statement.skill());
            int rank = statement.level().rank();
            if (rank <= reached) {
                answers.add(new LanguageAssessmentCommand.Answer(statement.id(),
                        statement.position() == 5 ? CanDoAchievement.PARTLY : CanDoAchievement.YES));
            } else if (rank == reached + 1 && statement.level() != CefrLevel.B2) {
                answers.add(new LanguageAssessmentCommand.Answer(statement.id(), statement.position() <= 2
                        ? CanDoAchievement.YES : statement.position() == 3 ? CanDoAchievement.PARTLY : CanDoAchievement.NO));
            }
        }
        try {
            as(username, () -> language.sign(language.create(participant(participant),
                    new LanguageAssessmentCommand(on, comment, answers, null)).id()));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // an older demo database where the placement (and so the supervisor's access) has ended: skip this one
            log.warn("Demo language assessment by {} skipped: no access any more", username);
        }
    }
}
