package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;

/**
 * Secondary suppression for some exact figures of one population: the shown figures to hide, at the least cost, so
 * that the publication fits another value of each of them. For each exact figure CP-SAT chooses a second set of
 * values for every figure of the population such that all sums hold, every hidden figure stays within its label,
 * that exact figure changes, and a shown figure changes only if it is hidden (it becomes "..", so its new value is
 * at least the threshold too); the figures to hide are shared by all the sets. The cost of hiding a figure is its
 * value times the places that show it, so small cells go first, and of two equal costs a cell before a total. This
 * is the model of Fischetti and Salazar (2001), solved exactly for the few figures of a batch.
 */
final class CheapestCover {

    private CheapestCover() {
    }

    /**
     * The shown figures to hide; empty when no choice of them makes every one of the figures uncertain; null when
     * the solver found no cover within its time (then try fewer figures at once).
     */
    static List<Integer> of(Publication publication, List<Integer> exact) {
        LinkedFigures figures = publication.figures();
        String population = figures.population(exact.get(0));
        int threshold = publication.threshold();
        List<Integer> members = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            if (figures.population(f).equals(population)) {
                members.add(f);
            }
        }
        CpModel model = OrTools.model();
        Map<Integer, BoolVar> hides = new TreeMap<>();
        List<Long> costs = new ArrayList<>();
        for (int f : members) {
            if (!publication.isHidden(f)) {
                hides.put(f, model.newBoolVar("h" + f));
                costs.add(figures.value(f) * figures.appearances(f) * 2 + (figures.isTotal(f) ? 1 : 0));
            }
        }
        List<Map<Integer, IntVar>> alternatives = new ArrayList<>();
        for (int x : exact) {
            Map<Integer, IntVar> vars = new TreeMap<>();
            for (int f : members) {
                long value = figures.value(f);
                if (f == x) {
                    Domain other = otherThan(publication.low(f), value, publication.high(f));
                    if (other == null) {
                        return List.of();
                    }
                    vars.put(f, model.newIntVarFromDomain(other, x + "f" + f));
                } else if (publication.isHidden(f)) {
                    vars.put(f, model.newIntVar(publication.low(f), publication.high(f), x + "f" + f));
                } else {
                    IntVar var = model.newIntVar(threshold, Publication.UNBOUNDED, x + "f" + f);
                    model.addEquality(var, value).onlyEnforceIf(hides.get(f).not());
                    vars.put(f, var);
                }
            }
            for (LinkedFigures.Sum sum : figures.sums()) {
                if (!vars.containsKey(sum.total())) {
                    continue;
                }
                LinearExprBuilder expression = LinearExpr.newBuilder();
                for (int part : sum.parts()) {
                    expression.add(vars.get(part));
                }
                expression.addTerm(vars.get(sum.total()), -1);
                model.addEquality(expression, 0);
            }
            alternatives.add(vars);
        }
        model.minimize(LinearExpr.weightedSum(hides.values().toArray(BoolVar[]::new),
                costs.stream().mapToLong(Long::longValue).toArray()));
        // a cover found within the time is kept even if a cheaper one might exist: it protects all the same
        CpSolver solver = OrTools.solver(exact.size() == 1 ? 20 : 1);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return List.of();
        }
        if (status == CpSolverStatus.UNKNOWN && exact.size() > 1) {
            return null;
        }
        if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("Secondary suppression did not finish: " + status);
        }
        List<Integer> hide = new ArrayList<>();
        hides.forEach((f, chosen) -> {
            boolean changes = alternatives.stream().anyMatch(vars -> solver.value(vars.get(f)) != figures.value(f));
            if (changes) {
                hide.add(f);
            }
        });
        return hide;
    }

    /** The values of a label other than the true one, or null when there are none. */
    private static Domain otherThan(long low, long value, long high) {
        List<long[]> intervals = new ArrayList<>();
        if (low <= value - 1) {
            intervals.add(new long[] {low, value - 1});
        }
        if (value + 1 <= high) {
            intervals.add(new long[] {value + 1, high});
        }
        return intervals.isEmpty() ? null : Domain.fromIntervals(intervals.toArray(long[][]::new));
    }
}
