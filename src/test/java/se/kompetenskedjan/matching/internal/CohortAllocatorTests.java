package se.kompetenskedjan.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link CohortAllocator} finds the best allocation and never breaks a capacity. */
class CohortAllocatorTests {

    final CohortAllocator allocator = new CohortAllocator();

    @Test
    void theHighestScoringPairsWinWhenSeatsAreScarce() {
        // two participants want the one seat; the other place is second best for participant 0
        AllocationProblem problem = new AllocationProblem(2, new int[] {1, 1}, new int[] {5},
                new int[][] {{0}, {0}}, new int[] {0, 1, 0}, new int[] {0, 0, 1}, new int[] {90, 80, 20});

        Allocation allocation = allocator.allocate(problem);

        // 0 → place 0 and 1 → nothing scores 90; 0 → place 1 and 1 → place 0 scores 100
        assertThat(allocation.placementOf()).containsExactly(1, 0);
        assertThat(allocation.supervisorOf()).containsExactly(0, 0);
        assertThat(allocation.totalScore()).isEqualTo(100);
    }

    @Test
    void aSupervisorSharedByTwoPlacementsLimitsBoth() {
        // two placements of one unit, two seats each, one supervisor with two slots: only the best two are placed
        AllocationProblem problem = new AllocationProblem(4, new int[] {2, 2}, new int[] {2},
                new int[][] {{0}, {0}}, new int[] {0, 1, 2, 3}, new int[] {0, 0, 1, 1}, new int[] {10, 40, 30, 20});

        Allocation allocation = allocator.allocate(problem);

        assertThat(allocation.placementOf()).containsExactly(-1, 0, 1, -1);
        assertThat(allocation.supervisorOf()).containsExactly(-1, 0, 0, -1);
        assertThat(allocation.totalScore()).isEqualTo(70);
    }

    @Test
    void aPlacementWithoutSupervisorsTakesNobody() {
        AllocationProblem problem = new AllocationProblem(2, new int[] {3, 1}, new int[] {1},
                new int[][] {{}, {0}}, new int[] {0, 1, 1}, new int[] {0, 0, 1}, new int[] {100, 100, 5});

        Allocation allocation = allocator.allocate(problem);

        assertThat(allocation.placementOf()).containsExactly(-1, 1);
        assertThat(allocation.totalScore()).isEqualTo(5);
    }

    @Test
    void nothingToAllocate() {
        Allocation empty = allocator.allocate(new AllocationProblem(0, new int[0], new int[0], new int[0][],
                new int[0], new int[0], new int[0]));
        assertThat(empty.placementOf()).isEmpty();

        Allocation noArcs = allocator.allocate(new AllocationProblem(3, new int[] {1}, new int[] {1},
                new int[][] {{0}}, new int[0], new int[0], new int[0]));
        assertThat(noArcs.placementOf()).containsExactly(-1, -1, -1);
        assertThat(noArcs.supervisorOf()).containsExactly(-1, -1, -1);
        assertThat(noArcs.totalScore()).isZero();
    }

    @Test
    void equalsTheBruteForceOptimumOnSmallRandomInstances() {
        Random random = new Random(4711);
        for (int instance = 0; instance < 300; instance++) {
            AllocationProblem problem = randomSmallProblem(random);

            Allocation allocation = allocator.allocate(problem);

            assertFeasible(problem, allocation);
            assertThat(allocation.totalScore()).as("instance %d", instance).isEqualTo(bruteForceOptimum(problem));
        }
    }

    @Test
    void largeInstanceKeepsEveryCapacityAndBeatsGreedy() {
        AllocationProblem problem = randomLargeProblem(new Random(2026), 2_000, 3_000, 50);

        long start = System.nanoTime();
        Allocation allocation = allocator.allocate(problem);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertFeasible(problem, allocation);
        long greedy = greedy(problem);
        assertThat(allocation.totalScore()).isGreaterThanOrEqualTo(greedy);
        assertThat(allocation.assignedCount()).isPositive();
        System.out.printf("allocated %d of 2000 over %d arcs in %d ms: total %d, greedy %d%n",
                allocation.assignedCount(), problem.arcCount(), millis, allocation.totalScore(), greedy);
    }

    @Test
    void scarceSeatsAndSupervisorsAreNeverOverbooked() {
        // about 2,000 seats for 2,000 participants, fewer supervisor slots: many are left without a place
        AllocationProblem problem = randomLargeProblem(new Random(2027), 2_000, 800, 50);

        Allocation allocation = allocator.allocate(problem);

        assertFeasible(problem, allocation);
        assertThat(allocation.totalScore()).isGreaterThanOrEqualTo(greedy(problem));
        assertThat(allocation.assignedCount()).isBetween(1, 1_999);
    }

    @Test
    void theSameProblemGivesTheSameAllocation() {
        AllocationProblem problem = randomLargeProblem(new Random(99), 300, 400, 20);
        Allocation first = allocator.allocate(problem);
        Allocation second = allocator.allocate(problem);
        assertThat(second.placementOf()).isEqualTo(first.placementOf());
        assertThat(second.supervisorOf()).isEqualTo(first.supervisorOf());
    }

    @Test
    void inconsistentProblemsAreRefused() {
        int[] one = {1};
        int[][] supervisedBy0 = {{0}};
        List<AllocationProblem> bad = List.of(
                new AllocationProblem(-1, one, one, supervisedBy0, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, new int[] {-1}, one, supervisedBy0, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, one, new int[] {-2}, supervisedBy0, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, new int[] {1, 1}, one, supervisedBy0, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, one, one, new int[][] {{1}}, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, one, one, new int[][] {null}, new int[0], new int[0], new int[0]),
                new AllocationProblem(1, one, one, supervisedBy0, new int[] {0}, new int[0], new int[] {5}),
                new AllocationProblem(1, one, one, supervisedBy0, new int[] {1}, new int[] {0}, new int[] {5}),
                new AllocationProblem(1, one, one, supervisedBy0, new int[] {0}, new int[] {1}, new int[] {5}),
                new AllocationProblem(1, one, one, supervisedBy0, new int[] {0}, new int[] {0}, new int[] {0}),
                new AllocationProblem(1, one, one, supervisedBy0, new int[] {0}, new int[] {0}, new int[] {101}),
                new AllocationProblem(1, null, one, supervisedBy0, new int[0], new int[0], new int[0]));
        for (AllocationProblem problem : bad) {
            assertThatThrownBy(() -> allocator.allocate(problem)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> allocator.allocate(null)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static AllocationProblem randomSmallProblem(Random random) {
        int n = 1 + random.nextInt(6);
        int m = 1 + random.nextInt(4);
        int s = 1 + random.nextInt(3);
        int[] seats = new int[m];
        int[][] supervisors = new int[m][];
        for (int i = 0; i < m; i++) {
            seats[i] = random.nextInt(3);
            List<Integer> chosen = new ArrayList<>();
            for (int j = 0; j < s; j++) {
                if (random.nextInt(3) > 0) {
                    chosen.add(j);
                }
            }
            supervisors[i] = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] slots = new int[s];
        for (int j = 0; j < s; j++) {
            slots[j] = random.nextInt(4);
        }
        List<int[]> arcs = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < m; i++) {
                if (random.nextInt(5) < 3) {
                    arcs.add(new int[] {p, i, 1 + random.nextInt(100)});
                }
            }
        }
        return withArcs(n, seats, slots, supervisors, arcs);
    }

    /** Placements in units of 1–5 places sharing 1–3 supervisors; each participant eligible for ~{@code arcsEach}. */
    static AllocationProblem randomLargeProblem(Random random, int n, int m, int arcsEach) {
        int[] seats = new int[m];
        int[][] supervisors = new int[m][];
        List<Integer> slotList = new ArrayList<>();
        int i = 0;
        while (i < m) {
            int places = Math.min(m - i, 1 + random.nextInt(5));
            int unitSupervisors = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            int[] ids = new int[unitSupervisors];
            for (int x = 0; x < unitSupervisors; x++) {
                ids[x] = slotList.size();
                slotList.add(1 + random.nextInt(3));
            }
            for (int k = 0; k < places; k++, i++) {
                seats[i] = 1 + random.nextInt(4);
                supervisors[i] = ids;
            }
        }
        int[] slots = slotList.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> arcs = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int count = arcsEach / 2 + random.nextInt(arcsEach + 1);
            // placements nearby: a window of the placement list, as in a region
            int centre = random.nextInt(m);
            for (int k = 0; k < count; k++) {
                int placement = Math.floorMod(centre + random.nextInt(4 * arcsEach) - 2 * arcsEach, m);
                arcs.add(new int[] {p, placement, 1 + random.nextInt(100)});
            }
        }
        return withArcs(n, seats, slots, supervisors, arcs);
    }

    private static AllocationProblem withArcs(int n, int[] seats, int[] slots, int[][] supervisors,
            List<int[]> arcs) {
        return new AllocationProblem(n, seats, slots, supervisors, arcs.stream().mapToInt(a -> a[0]).toArray(),
                arcs.stream().mapToInt(a -> a[1]).toArray(), arcs.stream().mapToInt(a -> a[2]).toArray());
    }

    /** Every rule of an allocation, checked from scratch; returns nothing, fails on the first broken rule. */
    static void assertFeasible(AllocationProblem problem, Allocation allocation) {
        int n = problem.participantCount();
        assertThat(allocation.placementOf()).hasSize(n);
        assertThat(allocation.supervisorOf()).hasSize(n);
        int[] seatsUsed = new int[problem.placementCount()];
        int[] slotsUsed = new int[problem.supervisorCount()];
        long total = 0;
        for (int p = 0; p < n; p++) {
            int placement = allocation.placementOf()[p];
            int supervisor = allocation.supervisorOf()[p];
            if (placement < 0) {
                assertThat(supervisor).as("supervisor of unplaced participant %d", p).isEqualTo(-1);
                continue;
            }
            seatsUsed[placement]++;
            assertThat(supervisor).as("supervisor of participant %d", p).isNotNegative();
            slotsUsed[supervisor]++;
            assertThat(problem.supervisorsOfPlacement()[placement]).as("supervisors of placement %d", placement)
                    .contains(supervisor);
            int best = -1;
            for (int k = 0; k < problem.arcCount(); k++) {
                if (problem.arcParticipant()[k] == p && problem.arcPlacement()[k] == placement) {
                    best = Math.max(best, problem.arcScore()[k]);
                }
            }
            assertThat(best).as("participant %d placed at %d without an eligible pair", p, placement).isPositive();
            total += best;
        }
        for (int i = 0; i < seatsUsed.length; i++) {
            assertThat(seatsUsed[i]).as("seats used at placement %d", i)
                    .isLessThanOrEqualTo(problem.placementSeats()[i]);
        }
        for (int j = 0; j < slotsUsed.length; j++) {
            assertThat(slotsUsed[j]).as("slots used of supervisor %d", j)
                    .isLessThanOrEqualTo(problem.supervisorSlots()[j]);
        }
        assertThat(allocation.totalScore()).isEqualTo(total);
    }

    /** The best total over every allocation, supervisor choice included, by backtracking. */
    static long bruteForceOptimum(AllocationProblem problem) {
        List<List<int[]>> options = new ArrayList<>();
        for (int p = 0; p < problem.participantCount(); p++) {
            options.add(new ArrayList<>());
        }
        for (int k = 0; k < problem.arcCount(); k++) {
            options.get(problem.arcParticipant()[k]).add(new int[] {problem.arcPlacement()[k], problem.arcScore()[k]});
        }
        return search(problem, options, 0, problem.placementSeats().clone(), problem.supervisorSlots().clone());
    }

    private static long search(AllocationProblem problem, List<List<int[]>> options, int p, int[] seats,
            int[] slots) {
        if (p == problem.participantCount()) {
            return 0;
        }
        long best = search(problem, options, p + 1, seats, slots); // participant p not placed
        for (int[] option : options.get(p)) {
            int placement = option[0];
            if (seats[placement] == 0) {
                continue;
            }
            for (int supervisor : problem.supervisorsOfPlacement()[placement]) {
                if (slots[supervisor] == 0) {
                    continue;
                }
                seats[placement]--;
                slots[supervisor]--;
                best = Math.max(best, option[1] + search(problem, options, p + 1, seats, slots));
                seats[placement]++;
                slots[supervisor]++;
            }
        }
        return best;
    }

    /** Highest-scoring pairs first, each taken if participant, seat and some supervisor are still free. */
    static long greedy(AllocationProblem problem) {
        Integer[] order = new Integer[problem.arcCount()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> -problem.arcScore()[k]));
        boolean[] placed = new boolean[problem.participantCount()];
        int[] seats = problem.placementSeats().clone();
        int[] slots = problem.supervisorSlots().clone();
        long total = 0;
        for (int k : order) {
            int p = problem.arcParticipant()[k];
            int placement = problem.arcPlacement()[k];
            if (placed[p] || seats[placement] == 0) {
                continue;
            }
            for (int supervisor : problem.supervisorsOfPlacement()[placement]) {
                if (slots[supervisor] > 0) {
                    slots[supervisor]--;
                    seats[placement]--;
                    placed[p] = true;
                    total += problem.arcScore()[k];
                    break;
                }
            }
        }
        return total;
    }
}
