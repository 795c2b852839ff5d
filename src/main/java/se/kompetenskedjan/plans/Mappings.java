package se.kompetenskedjan.plans;

import java.util.List;
import java.util.UUID;

/** Mapping (kartläggning) of a participant's current levels and the gap analysis against a target. */
public interface Mappings {

    List<MappingEntryView> record(UUID participantId, MappingCommand command);

    /** Every recorded level, newest first (at most 500). */
    List<MappingEntryView> history(UUID participantId);

    GapAnalysisView gaps(UUID participantId, UUID profileVersionId);

    /** Gaps against what it takes to leave a step: its profile version, or the subset of items the step names. */
    GapAnalysisView gapsForStep(UUID participantId, UUID ladderId, UUID stepId);
}
