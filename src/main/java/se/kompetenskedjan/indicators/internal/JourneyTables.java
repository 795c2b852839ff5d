package se.kompetenskedjan.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.shared.IndicatorDefinition;

/**
 * Turns the groups of one population into its count tables: the population's rows (steps, reasons, ...) by each of
 * the five attributes at entry, so every table of the population has the same row totals.
 */
@Component
class JourneyTables {

    private final Labels labels;
    private final Definitions definitions;

    JourneyTables(Labels labels, Definitions definitions) {
        this.labels = labels;
        this.definitions = definitions;
    }

    /**
     * @param rows    the rows in order; a row coded {@code UNKNOWN} is left out when nothing falls in it
     * @param rowCode a group's row code in SQL → the row's code ({@code UNKNOWN} when it has none)
     */
    List<CountTable> tables(String population, String title, Dimension rows, List<JourneyCounts.Group> groups,
            Function<String, String> rowCode) {
        Dimension used = withoutEmptyUnknown(rows, groups, rowCode);
        List<IndicatorDefinition> defs = List.of(definitions.of(population),
                definitions.of(Definitions.ATTRIBUTES_AT_ENTRY));
        List<CountTable> tables = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            Dimension known = b.dimension(labels, false);
            boolean unknown = groups.stream().anyMatch(g -> index(known, g.attributes()[b.ordinal()]) < 0);
            Dimension columns = b.dimension(labels, unknown);
            long[][] counts = new long[used.size()][columns.size()];
            for (JourneyCounts.Group g : groups) {
                int r = index(used, rowCode.apply(g.row()));
                if (r < 0) {
                    continue;
                }
                int c = index(columns, g.attributes()[b.ordinal()]);
                counts[r][c < 0 ? columns.size() - 1 : c] += g.count();
            }
            tables.add(new CountTable(population + "." + b.key, title + ", " + labels.get("indicators.by." + b.key),
                    population, used, columns, counts, defs));
        }
        return tables;
    }

    private static Dimension withoutEmptyUnknown(Dimension rows, List<JourneyCounts.Group> groups,
            Function<String, String> rowCode) {
        boolean used = groups.stream().anyMatch(g -> StepCategories.UNKNOWN.equals(rowCode.apply(g.row())));
        if (used) {
            return rows;
        }
        return new Dimension(rows.key(), rows.label(), rows.categories().stream()
                .filter(c -> !c.code().equals(StepCategories.UNKNOWN)).toList());
    }

    static int index(Dimension dimension, String code) {
        List<Category> categories = dimension.categories();
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
