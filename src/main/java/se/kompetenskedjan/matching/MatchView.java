package se.kompetenskedjan.matching;

import java.util.List;
import java.util.UUID;

/**
 * One participant and one place: eligible or not, the score 0–100 and why, criterion by criterion, in the reader's
 * language (Swedish by default). participantName is set where the reader may see the participant.
 */
public record MatchView(UUID participantId, String participantName, UUID placementId, String placementTitle,
        boolean eligible, int score, List<HardCheckView> hardChecks, List<CriterionView> criteria) {

    public record HardCheckView(HardRequirement requirement, String label, boolean met, boolean waived,
            String explanation, String waiverReason) {
    }

    public record CriterionView(Criterion criterion, String label, int weight, double points, String explanation) {
    }
}
