package se.kompetenskedjan.followup;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A ladder's follow-up rules, saved whole: a frequency for each step named (steps left out are followed up weekly),
 * and optionally how often and for how many weeks a participant is followed up after their journey ends with a
 * regular job.
 */
public record RhythmCommand(
        @NotNull(message = "{followup.rhythm.steps.required}") @Size(max = 50) List<@Valid @NotNull StepRhythm> steps,
        @Valid AfterJob afterRegularJob) {

    public record StepRhythm(@NotNull(message = "{followup.rhythm.step.required}") UUID stepId,
            @NotNull(message = "{followup.rhythm.frequency.required}") FollowUpFrequency frequency) {
    }

    /** frequency other than NONE, for weeks 1–104 after the journey's last day. */
    public record AfterJob(@NotNull(message = "{followup.rhythm.frequency.required}") FollowUpFrequency frequency,
            @NotNull(message = "{followup.rhythm.weeks.required}") @Min(value = 1, message = "{followup.rhythm.weeks.range}")
            @Max(value = 104, message = "{followup.rhythm.weeks.range}") Integer weeks) {
    }
}
