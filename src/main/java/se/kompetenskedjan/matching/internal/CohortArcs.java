package se.kompetenskedjan.matching.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.matching.HardRequirement;

/**
 * The eligible pairs of a cohort with their scores, as the parallel arc arrays of an {@link AllocationProblem}:
 * {@code participant[k]} (index into the candidates) may take {@code placement[k]} (index into the placements) with
 * {@code score[k]} = {@link MatchScorer#quickScore}, ordered by participant and then placement. Pairs that fail a hard
 * requirement are left out, and so are eligible pairs scoring 0 (placing someone there gains nothing; the allocator
 * takes scores 1–100).
 *
 * <p>Every pair is scored; far pairs cost little, since {@code quickScore} rules them out by their north-south
 * distance before computing any distance. Most of the time goes to scoring the eligible pairs (see
 * docs/PERFORMANCE.md).
 */
record CohortArcs(int[] participant, int[] placement, int[] score) {

    int count() {
        return participant.length;
    }

    /**
     * @param waivers participant id → placement id → requirements waived for that pair (null or empty: none)
     */
    static CohortArcs build(List<CandidateFacts> candidates, List<PlacementFacts> placements,
            Map<UUID, Map<UUID, Set<HardRequirement>>> waivers) {
        Map<UUID, Map<UUID, Set<HardRequirement>>> waived = waivers == null ? Map.of() : waivers;
        int capacity = Math.max(16, candidates.size() * 16);
        int[] participants = new int[capacity];
        int[] placementIndexes = new int[capacity];
        int[] scores = new int[capacity];
        int size = 0;
        for (int c = 0; c < candidates.size(); c++) {
            CandidateFacts candidate = candidates.get(c);
            Map<UUID, Set<HardRequirement>> waivedHere = waived.isEmpty() ? Map.of()
                    : waived.getOrDefault(candidate.participantId(), Map.of());
            for (int i = 0; i < placements.size(); i++) {
                PlacementFacts p = placements.get(i);
                Set<HardRequirement> w = waivedHere.isEmpty() ? Set.of()
                        : waivedHere.getOrDefault(p.placementId(), Set.of());
                int score = MatchScorer.quickScore(candidate, p, w);
                if (score > 0) {
                    if (size == participants.length) {
                        participants = Arrays.copyOf(participants, 2 * size);
                        placementIndexes = Arrays.copyOf(placementIndexes, 2 * size);
                        scores = Arrays.copyOf(scores, 2 * size);
                    }
                    participants[size] = c;
                    placementIndexes[size] = i;
                    scores[size++] = score;
                }
            }
        }
        return new CohortArcs(Arrays.copyOf(participants, size), Arrays.copyOf(placementIndexes, size),
                Arrays.copyOf(scores, size));
    }
}
