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
     * Internal, for matching: the current level per item key of those of the given participants the signed-in user
     * may see. No audit entry: the caller records the participants it shows.
     */
    Map<UUID, Map<UUID, Integer>> currentLevels(Collection<UUID> participantIds);

    /**
     * Internal, for matching: per participant the user may see, the distance to the target level of every unmet item
     * of the target profile of their latest plan (items never mapped count from 0). No audit entry.
     */
    Map<UUID, Map<UUID, Integer>> planGaps(Collection<UUID> participantIds);

    /** Gaps against what it takes to leave a step: its profile version, or the subset of items the step names. */
    GapAnalysisView gapsForStep(UUID participantId, UUID ladderId, UUID stepId);
}
