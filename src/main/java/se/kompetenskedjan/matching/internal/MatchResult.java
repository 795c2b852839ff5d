package se.kompetenskedjan.matching.internal;

import java.util.List;
import java.util.UUID;

/**
 * The explained match of one participant and one placement: every hard check (in the order of
 * {@code HardRequirement}) and every criterion (in the order of {@code Criterion}). {@code score} (0–100) is the
 * rounded sum of the criteria's points; {@code eligible} is true when every hard check passes (met or waived).
 */
record MatchResult(UUID participantId, UUID placementId, boolean eligible, int score, List<HardCheck> hardChecks,
        List<CriterionScore> criteria) {

    MatchResult {
        hardChecks = List.copyOf(hardChecks);
        criteria = List.copyOf(criteria);
    }
}
