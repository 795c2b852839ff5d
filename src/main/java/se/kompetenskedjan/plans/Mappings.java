package se.kompetenskedjan.plans;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mapping (kartläggning) of a participant's current levels and the gap analysis against a target. */
public interface Mappings {

    List<MappingEntryView> record(UUID participantId, MappingCommand command);

    /** Every recorded level, newest first (at most 500). */
    List<MappingEntryView> history(UUID participantId);

    GapAnalysisView gaps(UUID participantId, UUID profileVersionId);

    /**
     * Internal, for matching: for those of the given participants the signed-in user may see, the current level per
     * item key, and the distance to the target level of every unmet item of their latest plan's target profile (items
     * never mapped count from 0). No audit entry: the caller records the participants it shows.
     */
    LevelsAndGaps levelsAndGaps(Collection<UUID> participantIds);

    /** Gaps against what it takes to leave a step: its profile version, or the subset of items the step names. */
    GapAnalysisView gapsForStep(UUID participantId, UUID ladderId, UUID stepId);
}
