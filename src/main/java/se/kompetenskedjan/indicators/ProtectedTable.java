package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Objects;

import se.kompetenskedjan.shared.IndicatorDefinition;

/** A {@link CountTable} as it may be shown: every cell and total a {@link Figure}, small groups protected. */
public record ProtectedTable(String key, String title, String population, Dimension rows, Dimension columns,
        List<List<Figure>> cells, List<Figure> rowTotals, List<Figure> columnTotals, Figure total,
        List<IndicatorDefinition> definitions) {

    public ProtectedTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(total, "total");
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        definitions = List.copyOf(definitions);
        if (cells.size() != rows.size() || rowTotals.size() != rows.size()
                || columnTotals.size() != columns.size()) {
            throw new IllegalArgumentException("The figures do not fit the dimensions of " + key);
        }
    }

    public Figure cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
