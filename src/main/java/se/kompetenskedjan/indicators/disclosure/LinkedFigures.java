package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;

/**
 * The figures of one report as the attacker sees them: every cell and total of every table is one of the report's
 * distinct figures, and the figures are tied by the tables' sums.
 * <p>
 * Two places of the report are the same figure when they count the same people: tables of one population with a
 * dimension in common (by key, whether it is their rows or their columns) share that dimension's totals per
 * category code, all tables of one population share the grand total, and two tables of one population over the same
 * two dimensions share their cells. Each table adds, per row and per column, "the cells sum to the total", and
 * "the row totals (and the column totals) sum to the grand total".
 * <p>
 * A place in a table is addressed on its grid with totals: {@code (row, column)} with {@code row == rows} for the
 * column totals, {@code column == columns} for the row totals and both for the grand total.
 */
final class LinkedFigures {

    /** One equation: the figures on the left sum to the figure on the right. */
    record Sum(int[] parts, int total) {
    }

    private final List<Long> values = new ArrayList<>();
    private final List<Integer> appearances = new ArrayList<>();
    private final List<Boolean> totals = new ArrayList<>();
    private final List<String> populations = new ArrayList<>();
    private final List<String> where = new ArrayList<>();
    private final Map<String, Integer> byKey = new LinkedHashMap<>();
    private final List<int[][]> grids = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();

    LinkedFigures(List<CountTable> tables) {
        for (CountTable table : tables) {
            if (table.rows().key().equals(table.columns().key())) {
                throw new IllegalArgumentException("Table " + table.key() + " has the dimension "
                        + table.rows().key() + " both as rows and as columns; give the two different keys");
            }
            grids.add(grid(table));
        }
    }

    private int[][] grid(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        int[][] grid = new int[rows + 1][columns + 1];
        String population = table.population();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = figure(table, cellKey(population, table, r, c), table.count(r, c), false, r, c);
            }
        }
        for (int r = 0; r < rows; r++) {
            grid[r][columns] = figure(table, marginKey(population, table.rows().key(), table.rows().categories().get(r)),
                    table.rowTotal(r), true, r, columns);
        }
        for (int c = 0; c < columns; c++) {
            grid[rows][c] = figure(table, marginKey(population, table.columns().key(),
                    table.columns().categories().get(c)), table.columnTotal(c), true, rows, c);
        }
        grid[rows][columns] = figure(table, population + "\u0000total", table.total(), true, rows, columns);
        for (int r = 0; r < rows; r++) {
            int[] parts = new int[columns];
            for (int c = 0; c < columns; c++) {
                parts[c] = grid[r][c];
            }
            sums.add(new Sum(parts, grid[r][columns]));
        }
        for (int c = 0; c < columns; c++) {
            int[] parts = new int[rows];
            for (int r = 0; r < rows; r++) {
                parts[r] = grid[r][c];
            }
            sums.add(new Sum(parts, grid[rows][c]));
        }
        int[] rowTotals = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowTotals[r] = grid[r][columns];
        }
        sums.add(new Sum(rowTotals, grid[rows][columns]));
        int[] columnTotals = new int[columns];
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = grid[rows][c];
        }
        sums.add(new Sum(columnTotals, grid[rows][columns]));
        return grid;
    }

    private static String cellKey(String population, CountTable table, int r, int c) {
        String a = table.rows().key() + "\u0000" + table.rows().categories().get(r).code();
        String b = table.columns().key() + "\u0000" + table.columns().categories().get(c).code();
        return population + "\u0000cell\u0000" + (a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
    }

    private static String marginKey(String population, String dimension, Category category) {
        return population + "\u0000margin\u0000" + dimension + "\u0000" + category.code();
    }

    private int figure(CountTable table, String key, long value, boolean total, int r, int c) {
        Integer existing = byKey.get(key);
        if (existing != null) {
            if (values.get(existing) != value) {
                throw new IllegalArgumentException("Tables of the population " + table.population()
                        + " count the same people but differ: " + where.get(existing) + " and " + table.key()
                        + " (" + r + ", " + c + ")");
            }
            appearances.set(existing, appearances.get(existing) + 1);
            return existing;
        }
        int id = values.size();
        byKey.put(key, id);
        values.add(value);
        appearances.add(1);
        totals.add(total);
        populations.add(table.population());
        where.add(table.key() + " (" + r + ", " + c + ")");
        return id;
    }

    int size() {
        return values.size();
    }

    long value(int figure) {
        return values.get(figure);
    }

    /** How many places of the report show this figure. */
    int appearances(int figure) {
        return appearances.get(figure);
    }

    boolean isTotal(int figure) {
        return totals.get(figure);
    }

    String population(int figure) {
        return populations.get(figure);
    }

    /** The figure at a place of the table with this index in the report (see the class comment for the grid). */
    int at(int table, int row, int column) {
        return grids.get(table)[row][column];
    }

    List<Sum> sums() {
        return sums;
    }
}
