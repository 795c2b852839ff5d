package se.kompetenskedjan.checklists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new assessment (a draft) of a participant against a checklist, on a date (not in the future): a rating per item
 * (items left out are not rated this time) and an overall comment. The assessor's role decides its kind: supervisor,
 * coordinator, or the participant themself (self-assessment).
 */
public record AssessmentCommand(@NotNull(message = "{validation.assessment.checklist.required}") UUID checklistId,
        @NotNull(message = "{validation.assessment.participant.required}") UUID participantId,
        @NotNull(message = "{validation.assessment.assessedOn.required}") LocalDate assessedOn,
        @Size(max = 2000, message = "{field.tooLong}") String comment,
        @Size(max = 200, message = "{validation.assessment.ratings.tooMany}") List<@NotNull @Valid RatingCommand> ratings) {
}
