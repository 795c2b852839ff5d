package se.kompetenskedjan.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.profiles.ReadinessDecider;

/** What plans need to know about profiles and ladders, in plans' own terms (implemented over the profiles module). */
interface TargetRequirements {

    Optional<ProfileTarget> profileVersion(UUID versionId);

    Optional<LadderShape> ladder(UUID ladderId);

    record ProfileTarget(UUID versionId, String title, String easyTitle, int version,
            List<GapAnalyser.Requirement> requirements) {

        boolean hasItem(UUID itemKey) {
            return requirements.stream().anyMatch(r -> r.itemKey().equals(itemKey));
        }
    }

    record StepShape(UUID id, String name, String easyName, String type, int position, UUID profileVersionId,
            List<UUID> exitItemKeys, Integer typicalWeeks, Integer maxWeeks, List<UUID> nextStepIds, boolean sideTrack,
            ReadinessDecider decider) {
    }

    record LadderShape(UUID id, String name, String easyName, List<StepShape> steps) {

        Optional<StepShape> step(UUID stepId) {
            return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
        }

        Optional<StepShape> firstStep() {
            return steps.stream().filter(s -> !s.sideTrack())
                    .min(java.util.Comparator.comparingInt(StepShape::position));
        }
    }
}
