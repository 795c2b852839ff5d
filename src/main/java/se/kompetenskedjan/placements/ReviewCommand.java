package se.kompetenskedjan.placements;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The employer's answer; DECLINE needs a reason. lockVersion is the proposal version read. */
public record ReviewCommand(@NotNull(message = "{proposal.decision.required}") ReviewDecision decision,
        DeclineReason declineReason, @Size(max = 2000, message = "{field.tooLong}") String note,
        @NotNull(message = "{proposal.lockVersion.required}") Long lockVersion) {
}
