package se.kompetenskedjan.language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A language assessment with its answers and the level it shows per skill (level null: not yet A1). Signed
 * assessments are final.
 */
public record LanguageAssessmentView(UUID id, UUID participantId, LanguageAssessorRole assessorRole, UUID assessorId,
        String assessorName,
        LocalDate assessedOn, String comment, boolean signed, Instant signedAt, List<Answer> answers,
        List<SkillLevel> levels, long lockVersion) {

    @Schema(name = "LanguageAssessmentAnswerView")
    public record Answer(UUID statementId, String code, LanguageSkill skill, CefrLevel level,
            CanDoAchievement achievement) {
    }

    public record SkillLevel(LanguageSkill skill, CefrLevel level, List<SfiCourse> sfiCourses) {
    }
}
