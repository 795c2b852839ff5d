package se.kompetenskedjan.workability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A work-ability assessment: the form version used, who asked for it (with their reference), the period observed,
 * a summary and the answers (a score on the question's scale and/or free text; questions left out are unanswered).
 * formVersionId may not change on a draft; lockVersion: the version read (ignored on create).
 */
public record WorkAbilityAssessmentCommand(
        @NotNull(message = "{workability.formVersion.required}") UUID formVersionId,
        @NotNull(message = "{workability.requester.required}") WorkAbilityRequester requester,
        @Size(max = 100, message = "{field.tooLong}") String requesterReference,
        @NotNull(message = "{workability.periodFrom.required}") LocalDate periodFrom,
        @NotNull(message = "{workability.periodTo.required}") LocalDate periodTo,
        @Size(max = 4000, message = "{field.tooLong}") String summary,
        @Size(max = 60, message = "{workability.answers.tooMany}") List<@NotNull @Valid Answer> answers,
        Long lockVersion) {

    public record Answer(@NotNull(message = "{workability.answer.question.required}") UUID questionId, Integer score,
            @Size(max = 2000, message = "{field.tooLong}") String note) {
    }
}
