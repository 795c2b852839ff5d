package se.kompetenskedjan.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.language.CanDoAchievement.NO;
import static se.kompetenskedjan.language.CanDoAchievement.PARTLY;
import static se.kompetenskedjan.language.CanDoAchievement.YES;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.SfiCourse;
import se.kompetenskedjan.participants.SwedishLevel;

class LanguageLevelsTests {

    private static final Map<CefrLevel, Integer> FIVE_EACH = Map.of(CefrLevel.A1, 5, CefrLevel.A2, 5, CefrLevel.B1, 5,
            CefrLevel.B2, 5);

    @Test
    void twoThirdsOfALevelReachIt() {
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, List.of(YES, YES, YES, YES, NO))))
                .isEqualTo(CefrLevel.A1);
        // 3 YES and 2 PARTLY = 4 of 5 ≥ 2/3
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, List.of(YES, YES, YES, PARTLY, PARTLY))))
                .isEqualTo(CefrLevel.A1);
        // 3 YES = 3 of 5 < 2/3
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, List.of(YES, YES, YES, NO, NO)))).isNull();
        // 3 YES and 1 PARTLY = 3.5 of 5 > 2/3 (3.33)
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, List.of(YES, YES, YES, PARTLY))))
                .isEqualTo(CefrLevel.A1);
        // exactly two thirds: 2 of 3
        assertThat(LanguageLevels.level(Map.of(CefrLevel.A1, 3), Map.of(CefrLevel.A1, List.of(YES, YES))))
                .isEqualTo(CefrLevel.A1);
    }

    @Test
    void unansweredStatementsCountAsNotAchieved() {
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, List.of(YES, YES, YES)))).isNull();
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of())).isNull();
    }

    @Test
    void aLevelCountsOnlyWhenEveryLevelBelowIsReached() {
        List<CanDoAchievement> all = List.of(YES, YES, YES, YES, YES);
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, all, CefrLevel.A2, all, CefrLevel.B1, all)))
                .isEqualTo(CefrLevel.B1);
        // A2 not reached: B1 does not count though all its statements are achieved
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, all, CefrLevel.A2, List.of(YES, NO),
                CefrLevel.B1, all))).isEqualTo(CefrLevel.A1);
        assertThat(LanguageLevels.level(FIVE_EACH, Map.of(CefrLevel.A1, all, CefrLevel.A2, all, CefrLevel.B1, all,
                CefrLevel.B2, all))).isEqualTo(CefrLevel.B2);
    }

    @Test
    void cefrLevelsMapToSfiCourses() {
        assertThat(CefrLevel.A1.sfiCourses()).containsExactly(SfiCourse.SFI_A, SfiCourse.SFI_B);
        assertThat(CefrLevel.A2.sfiCourses()).containsExactly(SfiCourse.SFI_C);
        assertThat(CefrLevel.B1.sfiCourses()).containsExactly(SfiCourse.SFI_D);
        assertThat(CefrLevel.B2.sfiCourses()).containsExactly(SfiCourse.SAS_BASIC);
        assertThat(List.of(CefrLevel.values())).extracting(CefrLevel::swedishLevel).as("the register's level per CEFR level")
                .containsExactly(SwedishLevel.SFI_B, SwedishLevel.SFI_C, SwedishLevel.SFI_D, SwedishLevel.SAS_BASIC);
    }

    @Test
    void theValidatedLevelIsTheLowestSkillAtTheLatestAssessment() {
        LocalDate may = LocalDate.of(2026, 5, 4);
        LocalDate june = LocalDate.of(2026, 6, 1);
        Instant t = Instant.parse("2026-06-01T08:00:00Z");
        var earlier = new LanguageLevels.Assessed(UUID.randomUUID(), may, t.minusSeconds(86400 * 28), Map.of(
                LanguageSkill.LISTENING, CefrLevel.B2, LanguageSkill.SPEAKING, CefrLevel.B2,
                LanguageSkill.READING, CefrLevel.B2, LanguageSkill.WRITING, CefrLevel.B2));
        var latest = new LanguageLevels.Assessed(UUID.randomUUID(), june, t, Map.of(
                LanguageSkill.LISTENING, CefrLevel.B1, LanguageSkill.SPEAKING, CefrLevel.B2,
                LanguageSkill.READING, CefrLevel.A2, LanguageSkill.WRITING, CefrLevel.B1));

        LanguageProgressView.Validated validated = LanguageLevels.validated(LanguageLevels.series(List.of(latest, earlier)));

        assertThat(validated.level()).as("reading, the lowest skill, at the latest assessment").isEqualTo(CefrLevel.A2);
        assertThat(validated.swedishLevel()).isEqualTo(SwedishLevel.SFI_C);
        assertThat(validated.assessedOn()).isEqualTo(june);
    }

    @Test
    void nothingIsValidatedUntilEverySkillReachesA1AtTheLatestAssessment() {
        assertThat(LanguageLevels.validated(LanguageLevels.series(List.of()))).isNull();
        var allB1 = Map.of(LanguageSkill.LISTENING, CefrLevel.B1, LanguageSkill.SPEAKING, CefrLevel.B1,
                LanguageSkill.READING, CefrLevel.B1, LanguageSkill.WRITING, CefrLevel.B1);
        var writingLeftOut = Map.of(LanguageSkill.LISTENING, CefrLevel.B1, LanguageSkill.SPEAKING, CefrLevel.B1,
                LanguageSkill.READING, CefrLevel.B1);
        Instant t = Instant.parse("2026-06-01T08:00:00Z");
        var full = new LanguageLevels.Assessed(UUID.randomUUID(), LocalDate.of(2026, 5, 4), t.minusSeconds(86400 * 28), allB1);
        var partial = new LanguageLevels.Assessed(UUID.randomUUID(), LocalDate.of(2026, 6, 1), t, writingLeftOut);

        assertThat(LanguageLevels.validated(LanguageLevels.series(List.of(full)))).isNotNull();
        assertThat(LanguageLevels.validated(LanguageLevels.series(List.of(full, partial))))
                .as("the latest assessment left writing out, so it is not A1 there").isNull();
    }

    @Test
    void theSeriesRunsOldestFirstWithTheLastSignedOfADay() {
        UUID first = UUID.randomUUID();
        UUID morning = UUID.randomUUID();
        UUID afternoon = UUID.randomUUID();
        LocalDate may = LocalDate.of(2026, 5, 4);
        LocalDate june = LocalDate.of(2026, 6, 1);
        Instant t = Instant.parse("2026-06-01T08:00:00Z");
        List<LanguageProgressView.Series> series = LanguageLevels.series(List.of(
                new LanguageLevels.Assessed(afternoon, june, t.plusSeconds(3600), Map.of(LanguageSkill.SPEAKING, CefrLevel.A2)),
                new LanguageLevels.Assessed(morning, june, t, Map.of(LanguageSkill.SPEAKING, CefrLevel.A1)),
                new LanguageLevels.Assessed(first, may, t.minusSeconds(86400 * 30), Map.of(LanguageSkill.LISTENING, CefrLevel.A1))));

        assertThat(series).extracting(LanguageProgressView.Series::skill).containsExactly(LanguageSkill.values());
        LanguageProgressView.Series speaking = series.get(1);
        assertThat(speaking.points()).extracting(LanguageProgressView.Point::date).containsExactly(may, june);
        assertThat(speaking.points()).extracting(LanguageProgressView.Point::level).containsExactly(null, CefrLevel.A2);
        assertThat(speaking.points().get(1).assessmentId()).isEqualTo(afternoon);
        assertThat(series.get(0).points()).extracting(LanguageProgressView.Point::level)
                .containsExactly(CefrLevel.A1, null);
    }
}
