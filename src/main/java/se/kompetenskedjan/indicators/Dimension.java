package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Objects;

/**
 * What a table's rows or columns are divided by: e.g. {@code step}, {@code gender}, {@code ageBand},
 * {@code outcome}, with its categories in the order shown. Two tables of one population with the same row dimension
 * key have the same row totals (and likewise for columns), which is what an attacker could subtract from.
 */
public record Dimension(String key, String label, List<Category> categories) {

    public Dimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        categories = List.copyOf(categories);
    }

    public int size() {
        return categories.size();
    }
}
