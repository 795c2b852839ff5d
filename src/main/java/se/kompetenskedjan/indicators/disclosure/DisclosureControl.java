package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.List;

import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * Statistical disclosure control for the tables of one report (issue 15, item 3): every cell and total under the
 * threshold is shown as "<threshold" (primary suppression).
 * <p>
 * Secondary suppression (no hidden figure can be worked out from the others of the same report) is still to come.
 */
public final class DisclosureControl {

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
    public List<ProtectedTable> protect(List<CountTable> tables) {
        List<ProtectedTable> protectedTables = new ArrayList<>();
        for (CountTable t : tables) {
            List<List<Figure>> cells = new ArrayList<>();
            List<Figure> rowTotals = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                List<Figure> row = new ArrayList<>();
                for (int c = 0; c < t.columns().size(); c++) {
                    row.add(primary(t.count(r, c)));
                }
                cells.add(row);
                rowTotals.add(primary(t.rowTotal(r)));
            }
            List<Figure> columnTotals = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                columnTotals.add(primary(t.columnTotal(c)));
            }
            protectedTables.add(new ProtectedTable(t.key(), t.title(), t.population(), t.rows(), t.columns(), cells,
                    rowTotals, columnTotals, primary(t.total()), t.definitions()));
        }
        return protectedTables;
    }

    private Figure primary(long count) {
        return count < threshold ? Figure.small() : Figure.shown(count);
    }
}
