package se.kompetenskedjan.checklists;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Saves a draft assessment whole (the ratings given replace the earlier ones); lockVersion is the version read. */
public record AssessmentDraftCommand(@NotNull(message = "{validation.assessment.assessedOn.required}") LocalDate assessedOn,
        @Size(max = 2000, message = "{field.tooLong}") String comment,
        @Size(max = 200, message = "{validation.assessment.ratings.tooMany}") List<@NotNull @Valid RatingCommand> ratings,
        @NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
