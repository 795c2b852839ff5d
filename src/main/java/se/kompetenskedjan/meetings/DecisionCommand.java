package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision taken at a held meeting: what, who owns it (an attendee) and by when; it becomes the owner's task. */
public record DecisionCommand(
        @NotBlank(message = "{meeting.decision.text.required}") @Size(max = 2000, message = "{field.tooLong}")
        String text,
        @NotNull(message = "{meeting.decision.owner.required}") UUID ownerId,
        @NotNull(message = "{meeting.decision.dueDate.required}") LocalDate dueDate) {
}
