package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * Statistical disclosure control for the tables of one report (issue 15, item 3, decision 95).
 * <p>
 * Primary suppression: every cell and total under the threshold, 0 included, is shown as "<threshold".
 * Secondary suppression: more figures are hidden as ".." until no hidden figure can be worked out exactly from the
 * published ones, the tables' sums and the tables they are linked to (see {@link LinkedFigures}): an exact audit
 * ({@link ExactFigures}) finds the figures an attacker could still work out, and for the first few of them (of one
 * population) the cheapest set of shown figures to hide is chosen together ({@link CheapestCover}); until the
 * audit finds none. The result depends
 * only on the tables (same tables, same cells hidden).
 */
public final class DisclosureControl {

    /** Exact figures covered by one solve: all of them in a report's usual tables, and the solve stays small. */
    private static final int BATCH = 8;

    private final int threshold;

    public DisclosureControl(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold is at least 1");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** The tables of one report, protected together, in the order given. */
    public List<ProtectedTable> protect(List<CountTable> all) {
        // A table without rows or columns (a scope with no steps yet) has only totals over nothing: zero by its shape,
        // so known to everyone and about no one. Left to the audit, they would count as exact and unprotectable.
        List<CountTable> tables = all.stream().filter(t -> !isEmpty(t)).toList();
        List<ProtectedTable> solved = solve(tables);
        List<ProtectedTable> result = new ArrayList<>();
        int next = 0;
        for (CountTable t : all) {
            result.add(isEmpty(t) ? empty(t) : solved.get(next++));
        }
        return result;
    }

    private static boolean isEmpty(CountTable t) {
        return t.rows().size() == 0 || t.columns().size() == 0;
    }

    private static ProtectedTable empty(CountTable t) {
        return new ProtectedTable(t.key(), t.title(), t.population(), t.rows(), t.columns(),
                t.rows().categories().stream().map(r -> List.<Figure>of()).toList(),
                t.rows().categories().stream().map(r -> Figure.small()).toList(),
                t.columns().categories().stream().map(c -> Figure.small()).toList(), Figure.small(), t.definitions());
    }

    private List<ProtectedTable> solve(List<CountTable> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        LinkedFigures figures = new LinkedFigures(tables);
        Publication publication = new Publication(figures, threshold);
        List<Integer> exact = ExactFigures.in(publication);
        while (!exact.isEmpty()) {
            String population = figures.population(exact.get(0));
            List<Integer> batch = exact.stream().filter(f -> figures.population(f).equals(population))
                    .limit(BATCH).toList();
            List<Integer> hide = CheapestCover.of(publication, batch);
            if (hide == null) {
                batch = batch.subList(0, 1);
                hide = CheapestCover.of(publication, batch);
            }
            if (hide.isEmpty()) {
                throw new IllegalStateException("A figure of table " + tableOf(tables, figures, batch.get(0))
                        + " cannot be protected by hiding more");
            }
            hide.forEach(publication::hide);
            Set<Integer> left = new LinkedHashSet<>(exact);
            left.removeAll(batch);
            exact = ExactFigures.among(publication, left);
        }
        List<ProtectedTable> protectedTables = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            protectedTables.add(table(tables.get(t), t, publication));
        }
        return protectedTables;
    }

    private static ProtectedTable table(CountTable t, int index, Publication publication) {
        int rows = t.rows().size();
        int columns = t.columns().size();
        List<List<Figure>> cells = new ArrayList<>();
        List<Figure> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Figure> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(figure(publication, index, r, c));
            }
            cells.add(row);
            rowTotals.add(figure(publication, index, r, columns));
        }
        List<Figure> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(figure(publication, index, rows, c));
        }
        return new ProtectedTable(t.key(), t.title(), t.population(), t.rows(), t.columns(), cells, rowTotals,
                columnTotals, figure(publication, index, rows, columns), t.definitions());
    }

    private static Figure figure(Publication publication, int table, int row, int column) {
        int f = publication.figures().at(table, row, column);
        return switch (publication.protection(f)) {
            case SHOWN -> Figure.shown(publication.figures().value(f));
            case SMALL -> Figure.small();
            case SECONDARY -> Figure.secondary();
        };
    }

    private static String tableOf(List<CountTable> tables, LinkedFigures figures, int figure) {
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            for (int r = 0; r <= table.rows().size(); r++) {
                for (int c = 0; c <= table.columns().size(); c++) {
                    if (figures.at(t, r, c) == figure) {
                        return table.key();
                    }
                }
            }
        }
        return "?";
    }
}
