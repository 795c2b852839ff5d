package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;

/**
 * The audit: which hidden figures an attacker could still work out exactly from the published ones, the tables'
 * sums, the labels ("<5" is 0–4, ".." is at least 5) and that counts are whole numbers of at least 0.
 * <p>
 * A hidden figure is safe when the published report fits another value of it too. For each hidden figure not yet
 * shown safe, CP-SAT looks for whole numbers that fit everything published with that figure different from its
 * true value; a solution also shows safe every other hidden figure it changes, so a few solves settle most tables.
 * No solution: the figure is exact. Hidden figures tied by no sum are independent, so each connected group is
 * solved on its own.
 */
final class ExactFigures {

    private ExactFigures() {
    }

    /** The exact hidden figures, in the report's order; empty when the report is safe. */
    static List<Integer> in(Publication publication) {
        return among(publication, null);
    }

    /**
     * The exact figures among these hidden ones (all hidden figures when null). Hiding more never makes a safe
     * figure exact (the solution that showed it safe still fits, the newly hidden figures at their true values), so
     * after a secondary suppression only the figures exact before need to be looked at again.
     */
    static List<Integer> among(Publication publication, Set<Integer> candidates) {
        LinkedFigures figures = publication.figures();
        List<Integer> exact = new ArrayList<>();
        for (List<Integer> group : groups(publication)) {
            Set<Integer> unsettled = new LinkedHashSet<>();
            for (int f : group) {
                if (publication.low(f) < publication.high(f) && (candidates == null || candidates.contains(f))) {
                    unsettled.add(f);
                }
            }
            while (!unsettled.isEmpty()) {
                int figure = unsettled.iterator().next();
                Map<Integer, Long> other = otherSolution(publication, group, figure);
                if (other == null) {
                    exact.add(figure);
                    unsettled.remove(figure);
                } else {
                    other.forEach((f, value) -> {
                        if (value != figures.value(f)) {
                            unsettled.remove(f);
                        }
                    });
                }
            }
        }
        exact.sort(null);
        return exact;
    }

    /** Values of the group's hidden figures that fit the publication with this figure different, or null. */
    private static Map<Integer, Long> otherSolution(Publication publication, List<Integer> group, int figure) {
        LinkedFigures figures = publication.figures();
        CpModel model = OrTools.model();
        Map<Integer, IntVar> vars = new TreeMap<>();
        for (int f : group) {
            long low = publication.low(f);
            long high = publication.high(f);
            if (f == figure) {
                long value = figures.value(f);
                List<long[]> intervals = new ArrayList<>();
                if (low <= value - 1) {
                    intervals.add(new long[] {low, value - 1});
                }
                if (value + 1 <= high) {
                    intervals.add(new long[] {value + 1, high});
                }
                vars.put(f, model.newIntVarFromDomain(Domain.fromIntervals(intervals.toArray(long[][]::new)),
                        "f" + f));
            } else {
                vars.put(f, model.newIntVar(low, high, "f" + f));
            }
        }
        for (LinkedFigures.Sum sum : figures.sums()) {
            if (!vars.containsKey(sum.total()) && !anyIn(sum.parts(), vars)) {
                continue;
            }
            LinearExprBuilder expression = LinearExpr.newBuilder();
            long constant = 0;
            for (int part : sum.parts()) {
                IntVar var = vars.get(part);
                if (var == null) {
                    constant += figures.value(part);
                } else {
                    expression.add(var);
                }
            }
            IntVar total = vars.get(sum.total());
            if (total == null) {
                constant -= figures.value(sum.total());
            } else {
                expression.addTerm(total, -1);
            }
            model.addEquality(expression, -constant);
        }
        CpSolver solver = OrTools.solver();
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return null;
        }
        if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("The disclosure audit did not finish: " + status);
        }
        Map<Integer, Long> values = new TreeMap<>();
        vars.forEach((f, var) -> values.put(f, solver.value(var)));
        return values;
    }

    private static boolean anyIn(int[] parts, Map<Integer, IntVar> vars) {
        for (int part : parts) {
            if (vars.containsKey(part)) {
                return true;
            }
        }
        return false;
    }

    /** The hidden figures in groups tied by sums, each group and the groups in the report's order. */
    private static List<List<Integer>> groups(Publication publication) {
        LinkedFigures figures = publication.figures();
        int[] parent = new int[figures.size()];
        for (int f = 0; f < parent.length; f++) {
            parent[f] = f;
        }
        for (LinkedFigures.Sum sum : figures.sums()) {
            int first = publication.isHidden(sum.total()) ? sum.total() : -1;
            for (int part : sum.parts()) {
                if (publication.isHidden(part)) {
                    if (first < 0) {
                        first = part;
                    } else {
                        union(parent, first, part);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int f = 0; f < parent.length; f++) {
            if (publication.isHidden(f)) {
                byRoot.computeIfAbsent(find(parent, f), r -> new ArrayList<>()).add(f);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(byRoot.values());
        groups.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return groups;
    }

    private static int find(int[] parent, int f) {
        while (parent[f] != f) {
            parent[f] = parent[parent[f]];
            f = parent[f];
        }
        return f;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
