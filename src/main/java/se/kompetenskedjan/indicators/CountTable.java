package se.kompetenskedjan.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import se.kompetenskedjan.shared.IndicatorDefinition;

/**
 * A table of true counts before protection: one population (e.g. {@code participants-on-step}) counted by a row
 * dimension and a column dimension. Row, column and grand totals are the sums; the tables of one report that count
 * the same population share them (see {@link Dimension}). Never shown as it is: only its {@link ProtectedTable}.
 */
public record CountTable(String key, String title, String population, Dimension rows, Dimension columns,
        long[][] counts, List<IndicatorDefinition> definitions) {

    public CountTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        definitions = List.copyOf(definitions);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("Expected " + rows.size() + " rows, got " + counts.length);
        }
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " columns, expected "
                        + columns.size());
            }
            for (long c : counts[r]) {
                if (c < 0) {
                    throw new IllegalArgumentException("A count is never negative");
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    public long columnTotal(int column) {
        return Arrays.stream(counts).mapToLong(r -> r[column]).sum();
    }

    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTable t && key.equals(t.key) && title.equals(t.title)
                && population.equals(t.population) && rows.equals(t.rows) && columns.equals(t.columns)
                && Arrays.deepEquals(counts, t.counts) && definitions.equals(t.definitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, population, rows, columns, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "CountTable[" + key + "]";
    }
}
