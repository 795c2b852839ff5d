package se.kompetenskedjan.placements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The placement agreement's content; changing it clears earlier approvals. */
public record AgreementCommand(
        @NotBlank(message = "{agreement.goals.required}") @Size(max = 4000, message = "{field.tooLong}") String goals,
        @NotBlank(message = "{agreement.tasks.required}") @Size(max = 4000, message = "{field.tooLong}") String tasks,
        @NotBlank(message = "{agreement.hours.required}") @Size(max = 1000, message = "{field.tooLong}") String hours,
        @NotBlank(message = "{agreement.followUp.required}") @Size(max = 2000, message = "{field.tooLong}") String followUp,
        @NotNull(message = "{proposal.lockVersion.required}") Long lockVersion) {
}
