package se.kompetenskedjan.matching.internal;

import java.util.Arrays;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Places a cohort exactly: the allocation with the highest total score of the pairs used, such that every
 * participant gets at most one placement, a placement takes at most its seats, and every placed participant has a
 * supervisor who may supervise at that placement and who takes at most their slots (a supervisor may serve several
 * placements of their unit; a placement without supervisors takes nobody).
 *
 * <h2>Model: a min-cost flow</h2>
 * <pre>
 * source ─1→ participant ─1, BIG−score→ placement_in ─seats→ placement_out ─seats→ supervisor ─slots→ sink
 *                 └──────────────────────── 1, BIG (not placed) ─────────────────────────────────────┘
 * </pre>
 * Each participant sends one unit, either through a placement (cost BIG − score) or straight to the sink (cost
 * BIG), so cost = BIG × participants − total score, and the cheapest flow is the allocation with the highest score
 * (BIG = 101 keeps every cost positive). The source arc of capacity 1 lets at most one arc out of a participant carry
 * flow. Flows are integral, so the optimum is an allocation; the supervisor arcs carry how many participants of a
 * placement each supervisor takes, and participants of a placement are handed to its supervisors in index order, so
 * the result is deterministic. Participants without a usable arc and arcs to placements that can take nobody are
 * left out of the graph (they cannot be placed either way).
 *
 * <p>Solved by Google OR-Tools' {@code MinCostFlow} (C++ SimpleMinCostFlow, cost scaling push-relabel). Its native
 * library comes in the {@code ortools-linux-x86-64} jar (and the other platforms' jars) and is unpacked to a temporary
 * directory and loaded on first use; nothing is downloaded. The Java wrapper has no vectorised arc method, so arcs
 * are added one at a time (a JNI call each, about 0.1 µs).
 */
final class CohortAllocator {

    static final int MAX_SCORE = 100;
    /** Cost of leaving a participant unplaced; a placed pair costs BIG − score (1–100). */
    static final long BIG = MAX_SCORE + 1;

    /** Solves the problem; throws IllegalArgumentException when it is inconsistent. */
    Allocation allocate(AllocationProblem problem) {
        validate(problem);
        NativeLibraries.load();
        int n = problem.participantCount();
        int m = problem.placementCount();
        int s = problem.supervisorCount();
        int arcs = problem.arcCount();

        boolean[] usable = usablePlacements(problem);
        boolean[] hasArc = new boolean[n];
        int usableArcs = 0;
        for (int k = 0; k < arcs; k++) {
            if (usable[problem.arcPlacement()[k]]) {
                hasArc[problem.arcParticipant()[k]] = true;
                usableArcs++;
            }
        }

        int source = 0;
        int firstParticipant = 1;
        int firstIn = firstParticipant + n;
        int firstOut = firstIn + m;
        int firstSupervisor = firstOut + m;
        int sink = firstSupervisor + s;

        int[] placementOf = new int[n];
        int[] supervisorOf = new int[n];
        Arrays.fill(placementOf, -1);
        Arrays.fill(supervisorOf, -1);

        MinCostFlow flow = new MinCostFlow(sink + 1, 2 * n + usableArcs + 2 * m + s);
        try {
            int supply = 0;
            for (int p = 0; p < n; p++) {
                if (hasArc[p]) {
                    flow.addArcWithCapacityAndUnitCost(source, firstParticipant + p, 1, 0);
                    flow.addArcWithCapacityAndUnitCost(firstParticipant + p, sink, 1, BIG);
                    supply++;
                }
            }
            if (supply == 0) {
                return new Allocation(placementOf, supervisorOf, 0);
            }
            int[] pairArc = new int[arcs];
            Arrays.fill(pairArc, -1);
            for (int k = 0; k < arcs; k++) {
                int placement = problem.arcPlacement()[k];
                if (usable[placement]) {
                    pairArc[k] = flow.addArcWithCapacityAndUnitCost(firstParticipant + problem.arcParticipant()[k],
                            firstIn + placement, 1, BIG - problem.arcScore()[k]);
                }
            }
            int[][] supervisionArc = new int[m][];
            for (int i = 0; i < m; i++) {
                if (!usable[i]) {
                    continue;
                }
                int seats = problem.placementSeats()[i];
                flow.addArcWithCapacityAndUnitCost(firstIn + i, firstOut + i, seats, 0);
                int[] supervisors = problem.supervisorsOfPlacement()[i];
                supervisionArc[i] = new int[supervisors.length];
                for (int x = 0; x < supervisors.length; x++) {
                    supervisionArc[i][x] = flow.addArcWithCapacityAndUnitCost(firstOut + i,
                            firstSupervisor + supervisors[x], seats, 0);
                }
            }
            for (int j = 0; j < s; j++) {
                flow.addArcWithCapacityAndUnitCost(firstSupervisor + j, sink, problem.supervisorSlots()[j], 0);
            }
            flow.setNodeSupply(source, supply);
            flow.setNodeSupply(sink, -supply);

            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow not solved: " + status);
            }

            long total = 0;
            for (int k = 0; k < arcs; k++) {
                if (pairArc[k] >= 0 && flow.getFlow(pairArc[k]) > 0) {
                    placementOf[problem.arcParticipant()[k]] = problem.arcPlacement()[k];
                    total += problem.arcScore()[k];
                }
            }
            if (total != BIG * supply - flow.getOptimalCost()) {
                throw new IllegalStateException("flow and allocation disagree");
            }
            assignSupervisors(problem, flow, supervisionArc, placementOf, supervisorOf);
            return new Allocation(placementOf, supervisorOf, total);
        } finally {
            flow.delete();
        }
    }

    /** Hands the participants of each placement, in index order, to its supervisors as the flow divides them. */
    private static void assignSupervisors(AllocationProblem problem, MinCostFlow flow, int[][] supervisionArc,
            int[] placementOf, int[] supervisorOf) {
        int m = problem.placementCount();
        long[][] left = new long[m][];
        int[] next = new int[m];
        for (int i = 0; i < m; i++) {
            if (supervisionArc[i] != null) {
                left[i] = new long[supervisionArc[i].length];
                for (int x = 0; x < left[i].length; x++) {
                    left[i][x] = flow.getFlow(supervisionArc[i][x]);
                }
            }
        }
        for (int p = 0; p < placementOf.length; p++) {
            int i = placementOf[p];
            if (i < 0) {
                continue;
            }
            while (left[i][next[i]] == 0) {
                next[i]++;
            }
            left[i][next[i]]--;
            supervisorOf[p] = problem.supervisorsOfPlacement()[i][next[i]];
        }
    }

    /** Placements that can take someone: a seat and at least one supervisor with a free slot. */
    private static boolean[] usablePlacements(AllocationProblem problem) {
        boolean[] usable = new boolean[problem.placementCount()];
        for (int i = 0; i < usable.length; i++) {
            if (problem.placementSeats()[i] > 0) {
                for (int j : problem.supervisorsOfPlacement()[i]) {
                    if (problem.supervisorSlots()[j] > 0) {
                        usable[i] = true;
                        break;
                    }
                }
            }
        }
        return usable;
    }

    static void validate(AllocationProblem problem) {
        require(problem != null, "no problem");
        require(problem.participantCount() >= 0, "participantCount < 0");
        require(problem.placementSeats() != null && problem.supervisorSlots() != null
                && problem.supervisorsOfPlacement() != null && problem.arcParticipant() != null
                && problem.arcPlacement() != null && problem.arcScore() != null, "an array is missing");
        int m = problem.placementSeats().length;
        int s = problem.supervisorSlots().length;
        require(problem.supervisorsOfPlacement().length == m,
                "supervisorsOfPlacement has " + problem.supervisorsOfPlacement().length + " entries for " + m
                        + " placements");
        for (int i = 0; i < m; i++) {
            require(problem.placementSeats()[i] >= 0, "placement " + i + " has negative seats");
            int[] supervisors = problem.supervisorsOfPlacement()[i];
            require(supervisors != null, "placement " + i + " has no supervisor list");
            for (int j : supervisors) {
                require(j >= 0 && j < s, "placement " + i + " names unknown supervisor " + j);
            }
        }
        for (int j = 0; j < s; j++) {
            require(problem.supervisorSlots()[j] >= 0, "supervisor " + j + " has negative slots");
        }
        int arcs = problem.arcParticipant().length;
        require(problem.arcPlacement().length == arcs && problem.arcScore().length == arcs,
                "arc arrays differ in length");
        for (int k = 0; k < arcs; k++) {
            int p = problem.arcParticipant()[k];
            int i = problem.arcPlacement()[k];
            int score = problem.arcScore()[k];
            require(p >= 0 && p < problem.participantCount(), "arc " + k + " names unknown participant " + p);
            require(i >= 0 && i < m, "arc " + k + " names unknown placement " + i);
            require(score >= 1 && score <= MAX_SCORE, "arc " + k + " has score " + score + " outside 1–100");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** OR-Tools' native library, unpacked from its jar and loaded once per JVM. */
    private static final class NativeLibraries {

        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the static initialiser does the work, once
        }
    }
}
