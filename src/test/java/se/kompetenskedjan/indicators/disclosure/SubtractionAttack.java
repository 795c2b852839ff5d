package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * The subtraction attack on a published report (issue 15, item 3), written apart from the production code: it sees
 * only the published tables, what their labels mean ("<t" is 0 to t−1, ".." at least t) and which places count the
 * same people (tables of one population: a dimension in common shares its totals per category, the grand total is
 * shared, the same two dimensions share their cells). For every hidden place it asks SCIP (a mixed-integer solver,
 * not the CP-SAT the protection uses) for the least and the greatest whole number the place can hold; a place whose
 * least and greatest are equal is worked out. Every place is its own variable here, tied to the places it equals by
 * equations, where the production code merges them.
 * <p>
 * {@link #exhaustively} does the same for small tables by listing every whole-number completion.
 * The true counts are used only to check the publication (shown values true, labels right), never by the attack.
 */
public final class SubtractionAttack {

    /** What the attacker knows of one hidden place: the least and greatest value it can hold (max null: no bound). */
    public record Range(String table, int row, int column, Figure.Protection label, long min, Long max) {

        public boolean exact() {
            return max != null && min == max;
        }
    }

    private record Place(int table, int row, int column) {
    }

    private final List<ProtectedTable> published;
    private final int threshold;
    private final List<Place> places = new ArrayList<>();
    private final Map<Place, Integer> index = new HashMap<>();
    /** Each equation: coefficients by place index, summing to 0. */
    private final List<Map<Integer, Integer>> equations = new ArrayList<>();

    private SubtractionAttack(List<ProtectedTable> published, int threshold) {
        this.published = published;
        this.threshold = threshold;
        for (int t = 0; t < published.size(); t++) {
            ProtectedTable table = published.get(t);
            int rows = table.rows().size();
            int columns = table.columns().size();
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    Place place = new Place(t, r, c);
                    index.put(place, places.size());
                    places.add(place);
                }
            }
            for (int r = 0; r < rows; r++) {
                Map<Integer, Integer> e = new TreeMap<>();
                for (int c = 0; c < columns; c++) {
                    e.put(index.get(new Place(t, r, c)), 1);
                }
                e.put(index.get(new Place(t, r, columns)), -1);
                equations.add(e);
            }
            for (int c = 0; c < columns; c++) {
                Map<Integer, Integer> e = new TreeMap<>();
                for (int r = 0; r < rows; r++) {
                    e.put(index.get(new Place(t, r, c)), 1);
                }
                e.put(index.get(new Place(t, rows, c)), -1);
                equations.add(e);
            }
            Map<Integer, Integer> byRows = new TreeMap<>();
            Map<Integer, Integer> byColumns = new TreeMap<>();
            for (int r = 0; r < rows; r++) {
                byRows.put(index.get(new Place(t, r, columns)), 1);
            }
            for (int c = 0; c < columns; c++) {
                byColumns.put(index.get(new Place(t, rows, c)), 1);
            }
            byRows.put(index.get(new Place(t, rows, columns)), -1);
            byColumns.put(index.get(new Place(t, rows, columns)), -1);
            equations.add(byRows);
            equations.add(byColumns);
        }
        linkTables();
    }

    /** The attack on the published tables; checks first that they tell the truth about the true tables. */
    public static SubtractionAttack on(List<CountTable> truth, List<ProtectedTable> published, int threshold) {
        checkPublication(truth, published, threshold);
        return new SubtractionAttack(published, threshold);
    }

    private void linkTables() {
        for (int a = 0; a < published.size(); a++) {
            for (int b = a + 1; b < published.size(); b++) {
                ProtectedTable ta = published.get(a);
                ProtectedTable tb = published.get(b);
                if (!ta.population().equals(tb.population())) {
                    continue;
                }
                equal(new Place(a, ta.rows().size(), ta.columns().size()),
                        new Place(b, tb.rows().size(), tb.columns().size()));
                for (Axis x : axes(a)) {
                    for (Axis y : axes(b)) {
                        if (!x.key().equals(y.key())) {
                            continue;
                        }
                        for (int i = 0; i < x.codes().size(); i++) {
                            int j = y.codes().indexOf(x.codes().get(i));
                            if (j >= 0) {
                                equal(x.total(i), y.total(j));
                            }
                        }
                    }
                }
                linkCells(a, b);
            }
        }
    }

    /** A dimension of a table as rows or columns, with the place of each category's total. */
    private record Axis(String key, List<String> codes, List<Place> totals) {

        Place total(int i) {
            return totals.get(i);
        }
    }

    private List<Axis> axes(int t) {
        ProtectedTable table = published.get(t);
        int rows = table.rows().size();
        int columns = table.columns().size();
        List<Place> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowTotals.add(new Place(t, r, columns));
        }
        List<Place> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(new Place(t, rows, c));
        }
        return List.of(
                new Axis(table.rows().key(), table.rows().categories().stream().map(k -> k.code()).toList(), rowTotals),
                new Axis(table.columns().key(), table.columns().categories().stream().map(k -> k.code()).toList(),
                        columnTotals));
    }

    private void linkCells(int a, int b) {
        ProtectedTable ta = published.get(a);
        ProtectedTable tb = published.get(b);
        boolean same = ta.rows().key().equals(tb.rows().key()) && ta.columns().key().equals(tb.columns().key());
        boolean transposed = ta.rows().key().equals(tb.columns().key()) && ta.columns().key().equals(tb.rows().key());
        if (!same && !transposed) {
            return;
        }
        for (int r = 0; r < ta.rows().size(); r++) {
            for (int c = 0; c < ta.columns().size(); c++) {
                String rowCode = ta.rows().categories().get(r).code();
                String columnCode = ta.columns().categories().get(c).code();
                int br = codes(same ? tb.rows().categories() : tb.columns().categories()).indexOf(rowCode);
                int bc = codes(same ? tb.columns().categories() : tb.rows().categories()).indexOf(columnCode);
                if (br >= 0 && bc >= 0) {
                    equal(new Place(a, r, c), same ? new Place(b, br, bc) : new Place(b, bc, br));
                }
            }
        }
    }

    private static List<String> codes(List<se.kompetenskedjan.indicators.Category> categories) {
        return categories.stream().map(se.kompetenskedjan.indicators.Category::code).toList();
    }

    private void equal(Place a, Place b) {
        Map<Integer, Integer> e = new TreeMap<>();
        e.put(index.get(a), 1);
        e.merge(index.get(b), -1, Integer::sum);
        equations.add(e);
    }

    private Figure figure(Place place) {
        ProtectedTable table = published.get(place.table());
        int rows = table.rows().size();
        int columns = table.columns().size();
        if (place.row() == rows && place.column() == columns) {
            return table.total();
        }
        if (place.row() == rows) {
            return table.columnTotals().get(place.column());
        }
        if (place.column() == columns) {
            return table.rowTotals().get(place.row());
        }
        return table.cell(place.row(), place.column());
    }

    private long low(Figure figure) {
        return switch (figure.protection()) {
            case SHOWN -> figure.value();
            case SMALL -> 0;
            case SECONDARY -> threshold;
        };
    }

    /** Upper bound of a label, -1 for none. */
    private long high(Figure figure) {
        return switch (figure.protection()) {
            case SHOWN -> figure.value();
            case SMALL -> threshold - 1;
            case SECONDARY -> -1;
        };
    }

    /** The range of every hidden place, solved with SCIP as whole numbers. */
    public List<Range> ranges() {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("SCIP is not in this OR-Tools build");
        }
        try {
            MPVariable[] vars = new MPVariable[places.size()];
            for (int i = 0; i < places.size(); i++) {
                Figure f = figure(places.get(i));
                long high = high(f);
                vars[i] = solver.makeIntVar(low(f), high < 0 ? MPSolver.infinity() : high, "p" + i);
            }
            for (Map<Integer, Integer> e : equations) {
                MPConstraint constraint = solver.makeConstraint(0, 0);
                e.forEach((i, coefficient) -> constraint.setCoefficient(vars[i], coefficient));
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                Place place = places.get(i);
                Figure f = figure(place);
                if (f.isShown()) {
                    continue;
                }
                Double min = optimum(solver, vars[i], false);
                Double max = optimum(solver, vars[i], true);
                if (min == null) {
                    throw new IllegalStateException("No whole numbers fit the publication: it contradicts itself");
                }
                ranges.add(new Range(published.get(place.table()).key(), place.row(), place.column(), f.protection(),
                        Math.round(min), max == null ? null : Math.round(max)));
            }
            return ranges;
        } finally {
            solver.delete();
        }
    }

    /** The optimum of one variable, null when unbounded (for a maximum) or infeasible. */
    private static Double optimum(MPSolver solver, MPVariable var, boolean maximise) {
        MPObjective objective = solver.objective();
        objective.clear();
        objective.setCoefficient(var, 1);
        objective.setOptimizationDirection(maximise);
        MPSolver.ResultStatus status = solver.solve();
        return switch (status) {
            case OPTIMAL -> objective.value();
            case UNBOUNDED -> null;
            case INFEASIBLE -> null;
            default -> throw new IllegalStateException("SCIP did not finish: " + status);
        };
    }

    /** The hidden places an attacker can work out exactly. */
    public List<Range> leaks() {
        return ranges().stream().filter(Range::exact).toList();
    }

    /** Fails, naming the places, when any hidden place can be worked out. */
    public void assertSafe() {
        List<Range> leaks = leaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Worked out by subtraction: " + leaks);
        }
    }

    /**
     * The ranges found by listing every whole-number completion of the hidden places, each at most {@code cap}
     * (which must be above any value a completion could need; the grand total when it is shown). For small
     * tables only: fails when the listing grows beyond a million nodes.
     */
    public List<Range> exhaustively(long cap) {
        int n = places.size();
        long[] lows = new long[n];
        long[] highs = new long[n];
        for (int i = 0; i < n; i++) {
            Figure f = figure(places.get(i));
            lows[i] = low(f);
            highs[i] = high(f) < 0 ? cap : Math.min(high(f), cap);
        }
        long[] min = new long[n];
        long[] max = new long[n];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        java.util.Arrays.fill(max, Long.MIN_VALUE);
        Long[] values = new Long[n];
        long[] nodes = {0};
        search(values, lows, highs, min, max, nodes);
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place place = places.get(i);
            Figure f = figure(place);
            if (!f.isShown()) {
                if (min[i] == Long.MAX_VALUE) {
                    throw new IllegalStateException("No completion within the cap");
                }
                ranges.add(new Range(published.get(place.table()).key(), place.row(), place.column(), f.protection(),
                        min[i], max[i]));
            }
        }
        return ranges;
    }

    private void search(Long[] values, long[] lows, long[] highs, long[] min, long[] max, long[] nodes) {
        if (++nodes[0] > 1_000_000) {
            throw new IllegalStateException("Too large to list exhaustively");
        }
        Long[] assigned = values.clone();
        if (!propagate(assigned, lows, highs)) {
            return;
        }
        int next = -1;
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] == null) {
                next = i;
                break;
            }
        }
        if (next < 0) {
            for (int i = 0; i < assigned.length; i++) {
                min[i] = Math.min(min[i], assigned[i]);
                max[i] = Math.max(max[i], assigned[i]);
            }
            return;
        }
        for (long v = lows[next]; v <= highs[next]; v++) {
            assigned[next] = v;
            search(assigned, lows, highs, min, max, nodes);
        }
    }

    /** Fixes the places an equation forces and the single-value ones; false when an equation or bound fails. */
    private boolean propagate(Long[] values, long[] lows, long[] highs) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && lows[i] == highs[i]) {
                values[i] = lows[i];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map<Integer, Integer> e : equations) {
                long sum = 0;
                int open = -1;
                int openCount = 0;
                for (Map.Entry<Integer, Integer> term : e.entrySet()) {
                    Long v = values[term.getKey()];
                    if (v == null) {
                        open = term.getKey();
                        openCount++;
                    } else {
                        sum += v * term.getValue();
                    }
                }
                if (openCount == 0 && sum != 0) {
                    return false;
                }
                if (openCount == 1) {
                    int coefficient = e.get(open);
                    if (sum % coefficient != 0) {
                        return false;
                    }
                    long forced = -sum / coefficient;
                    if (forced < lows[open] || forced > highs[open]) {
                        return false;
                    }
                    values[open] = forced;
                    changed = true;
                }
            }
        }
        return true;
    }

    private static void checkPublication(List<CountTable> truth, List<ProtectedTable> published, int threshold) {
        if (truth.size() != published.size()) {
            throw new AssertionError("Expected " + truth.size() + " tables, got " + published.size());
        }
        for (int t = 0; t < truth.size(); t++) {
            CountTable count = truth.get(t);
            ProtectedTable shown = published.get(t);
            if (!count.key().equals(shown.key()) || !count.rows().equals(shown.rows())
                    || !count.columns().equals(shown.columns()) || !count.population().equals(shown.population())) {
                throw new AssertionError("Table " + t + " is not the table counted");
            }
            int rows = count.rows().size();
            int columns = count.columns().size();
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long value = r == rows && c == columns ? count.total()
                            : r == rows ? count.columnTotal(c)
                            : c == columns ? count.rowTotal(r) : count.count(r, c);
                    Figure figure = r == rows && c == columns ? shown.total()
                            : r == rows ? shown.columnTotals().get(c)
                            : c == columns ? shown.rowTotals().get(r) : shown.cell(r, c);
                    String where = count.key() + " (" + r + ", " + c + ")";
                    if ((value < threshold) != (figure.protection() == Figure.Protection.SMALL)) {
                        throw new AssertionError(where + ": a figure is small exactly when under the threshold, got "
                                + figure.protection() + " for " + value);
                    }
                    if (figure.isShown() && figure.value() != value) {
                        throw new AssertionError(where + ": shows " + figure.value() + " for " + value);
                    }
                    if (!figure.isShown() && figure.value() != null) {
                        throw new AssertionError(where + ": a protected figure carries a value");
                    }
                }
            }
        }
    }
}
