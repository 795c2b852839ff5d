package se.kompetenskedjan.matching.internal;

/**
 * An allocation: per participant the placement and the supervisor (-1 = none), and the summed score of the pairs
 * used.
 */
record Allocation(int[] placementOf, int[] supervisorOf, long totalScore) {

    /** How many participants got a placement. */
    int assignedCount() {
        int n = 0;
        for (int placement : placementOf) {
            if (placement >= 0) {
                n++;
            }
        }
        return n;
    }
}
