package se.kompetenskedjan.matching;

import java.util.List;
import java.util.UUID;

/**
 * The proposed assignment that maximises the total score under seats and supervisor capacity (exact), for the
 * coordinator to adjust and confirm. Nothing is saved until confirmed.
 */
public record AllocationView(List<Assignment> assignments, List<Unassigned> unassigned, long totalScore,
        int eligiblePairs, long solveMillis) {

    public record Assignment(UUID participantId, String participantName, UUID placementId, String placementTitle,
            UUID supervisorId, int score) {
    }

    public record Unassigned(UUID participantId, String participantName) {
    }
}
