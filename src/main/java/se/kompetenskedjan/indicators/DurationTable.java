package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Objects;

import se.kompetenskedjan.shared.IndicatorDefinition;

/**
 * Days on a step for the stays that ended in the period, per row (a step) and column (everyone, then each gender): the
 * median and the quartiles, only when the group has at least the threshold's number of stays. The group's size is
 * not published (the count tables of the report carry the counts, protected).
 */
public record DurationTable(String key, String title, Dimension rows, Dimension columns, List<List<Duration>> cells,
        List<IndicatorDefinition> definitions) {

    /** One group's days: null figures when the group is under the threshold (then {@code shown} is false). */
    public record Duration(boolean shown, Double lowerQuartile, Double median, Double upperQuartile) {

        public Duration {
            if (shown != (median != null)) {
                throw new IllegalArgumentException("A shown duration has a median and a hidden one has none");
            }
        }

        public static Duration hidden() {
            return new Duration(false, null, null, null);
        }
    }

    public DurationTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        cells = cells.stream().map(List::copyOf).toList();
        definitions = List.copyOf(definitions);
        if (cells.size() != rows.size() || cells.stream().anyMatch(r -> r.size() != columns.size())) {
            throw new IllegalArgumentException("The durations do not fit the dimensions of " + key);
        }
    }
}
