package se.kompetenskedjan.language;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A language assessment: the date, a comment and, for each assessed can-do statement, whether it is achieved.
 * Statements left out count as not achieved. lockVersion: the version read (for changing a draft; ignored on create).
 */
public record LanguageAssessmentCommand(
        @NotNull(message = "{language.assessedOn.required}") LocalDate assessedOn,
        @Size(max = 2000, message = "{field.tooLong}") String comment,
        @NotEmpty(message = "{language.answers.required}") @Size(max = 200, message = "{language.answers.tooMany}")
        List<@NotNull @Valid Answer> answers,
        Long lockVersion) {

    @Schema(name = "LanguageAssessmentAnswer")
    public record Answer(@NotNull(message = "{language.statement.required}") UUID statementId,
            @NotNull(message = "{language.achievement.required}") CanDoAchievement achievement) {
    }
}
