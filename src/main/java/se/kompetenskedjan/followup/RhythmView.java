package se.kompetenskedjan.followup;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.profiles.StepType;

/** A ladder's follow-up rules, every step listed (byDefault: no rule saved, so weekly). */
public record RhythmView(UUID ladderId, String ladderName, List<StepRhythmView> steps,
        RhythmCommand.AfterJob afterRegularJob, boolean mayEdit) {

    public record StepRhythmView(UUID stepId, String stepName, StepType type, FollowUpFrequency frequency,
            boolean byDefault) {
    }
}
