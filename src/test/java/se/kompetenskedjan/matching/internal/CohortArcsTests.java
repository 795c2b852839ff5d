package se.kompetenskedjan.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.matching.HardRequirement;

/** {@link CohortArcs} gives every eligible pair with a positive score, waivers applied, in order. */
class CohortArcsTests {

    @Test
    void sameArcsAsScoringEveryPair() {
        Random random = new Random(314);
        for (int round = 0; round < 5; round++) {
            List<CandidateFacts> candidates = new ArrayList<>();
            List<PlacementFacts> placements = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                candidates.add(Facts.randomCandidate(random));
            }
            for (int i = 0; i < 200; i++) {
                placements.add(Facts.randomPlacement(random));
            }
            Map<UUID, Map<UUID, Set<HardRequirement>>> waivers = new HashMap<>();
            for (int w = 0; w < 100; w++) {
                waivers.computeIfAbsent(candidates.get(random.nextInt(150)).participantId(), k -> new HashMap<>())
                        .put(placements.get(random.nextInt(200)).placementId(),
                                random.nextBoolean() ? Set.of(HardRequirement.TRAVEL_TIME)
                                        : Facts.randomWaivers(random));
            }

            CohortArcs arcs = CohortArcs.build(candidates, placements, waivers);

            List<int[]> expected = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                Map<UUID, Set<HardRequirement>> waivedHere = waivers.getOrDefault(candidates.get(c).participantId(),
                        Map.of());
                for (int p = 0; p < placements.size(); p++) {
                    int score = MatchScorer.quickScore(candidates.get(c), placements.get(p),
                            waivedHere.getOrDefault(placements.get(p).placementId(), Set.of()));
                    if (score > 0) {
                        expected.add(new int[] {c, p, score});
                    }
                }
            }
            assertThat(arcs.count()).as("round %d", round).isEqualTo(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(new int[] {arcs.participant()[k], arcs.placement()[k], arcs.score()[k]})
                        .as("arc %d of round %d", k, round).containsExactly(expected.get(k));
            }
        }
    }
}
