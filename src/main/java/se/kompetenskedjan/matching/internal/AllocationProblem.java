package se.kompetenskedjan.matching.internal;

/**
 * A cohort to place: participants 0 … participantCount − 1, placements 0 … placementSeats.length − 1 with their
 * seats, supervisors 0 … supervisorSlots.length − 1 with how many participants each can take, which supervisors may
 * supervise at each placement, and the eligible pairs as parallel arrays (arc k: participant arcParticipant[k] at
 * placement arcPlacement[k] scores arcScore[k], 1–100). Arrays are not copied; do not change them while allocating.
 */
record AllocationProblem(int participantCount, int[] placementSeats, int[] supervisorSlots,
        int[][] supervisorsOfPlacement, int[] arcParticipant, int[] arcPlacement, int[] arcScore) {

    int placementCount() {
        return placementSeats.length;
    }

    int supervisorCount() {
        return supervisorSlots.length;
    }

    int arcCount() {
        return arcParticipant.length;
    }
}
