package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.List;

import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.shared.IndicatorDefinition;

/** Small builders for the disclosure tests: dimensions by key and codes, tables by their counts. */
final class Tables {

    static final Dimension GENDER = dimension("gender", "kvinna", "man");

    private Tables() {
    }

    static Dimension dimension(String key, String... codes) {
        List<Category> categories = new ArrayList<>();
        for (String code : codes) {
            categories.add(new Category(code, code));
        }
        return new Dimension(key, key, categories);
    }

    static CountTable table(String key, String population, Dimension rows, Dimension columns, long[][] counts) {
        return new CountTable(key, key, population, rows, columns, counts, List.of(new IndicatorDefinition(key,
                key, "Antal deltagare.", IndicatorDefinition.Kind.STOCK_ON_DATE)));
    }

    /** The table as text, one row per line, the totals last: e.g. {@code "<5 .. 7 | 12"}. */
    static String text(ProtectedTable table, int threshold) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                text.append(table.cell(r, c).text(threshold)).append(' ');
            }
            text.append("| ").append(table.rowTotals().get(r).text(threshold)).append('\n');
        }
        for (Figure f : table.columnTotals()) {
            text.append(f.text(threshold)).append(' ');
        }
        return text.append("| ").append(table.total().text(threshold)).toString();
    }

    static long count(ProtectedTable table, Figure.Protection protection) {
        List<Figure> all = new ArrayList<>();
        table.cells().forEach(all::addAll);
        all.addAll(table.rowTotals());
        all.addAll(table.columnTotals());
        all.add(table.total());
        return all.stream().filter(f -> f.protection() == protection).count();
    }
}
