package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One step as written in a ladder. id: empty for a new step, the id read keeps the step; a new UUID of the caller's
 * choosing is also accepted, so that other steps in the same request can lead to it. nextStepIds must be later steps
 * of the same ladder (a ladder never loops back). profileVersionId must be a published profile version;
 * exitItemKeys a subset of its items (empty: all).
 */
public record StepCommand(
        UUID id,
        @NotBlank(message = "{ladder.step.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 200, message = "{field.tooLong}") String easyName,
        @Size(max = 2000, message = "{field.tooLong}") String description,
        @NotNull(message = "{ladder.step.type.required}") StepType type,
        UUID profileVersionId,
        @Size(max = 100, message = "{ladder.step.exitItems.unknown}") List<@NotNull(message = "{ladder.step.exitItems.unknown}") UUID> exitItemKeys,
        @Min(value = 1, message = "{ladder.step.weeks.range}") @Max(value = 104, message = "{ladder.step.weeks.range}") Integer typicalWeeks,
        @Min(value = 1, message = "{ladder.step.weeks.range}") @Max(value = 104, message = "{ladder.step.weeks.range}") Integer maxWeeks,
        @NotNull(message = "{ladder.step.decider.required}") ReadinessDecider decider,
        @Size(max = 30, message = "{ladder.step.next.unknown}") List<@NotNull(message = "{ladder.step.next.unknown}") UUID> nextStepIds,
        Boolean sideTrack) {

    /** The command that writes back a step unchanged. */
    public static StepCommand from(StepView step) {
        return new StepCommand(step.id(), step.name(), step.easyName(), step.description(), step.type(),
                step.profileVersionId(), step.exitItemKeys(), step.typicalWeeks(), step.maxWeeks(), step.decider(),
                step.nextStepIds(), step.sideTrack());
    }

    /** This step with another exit requirement. */
    public StepCommand withExit(UUID newProfileVersionId, List<UUID> newExitItemKeys) {
        return new StepCommand(id, name, easyName, description, type, newProfileVersionId, newExitItemKeys,
                typicalWeeks, maxWeeks, decider, nextStepIds, sideTrack);
    }
}
