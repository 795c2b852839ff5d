package se.kompetenskedjan.shared;

import java.util.Objects;

/**
 * One indicator's written definition (issue 15, item 5), shown beside its figure and carried into every export.
 *
 * @param key        stable key, e.g. {@code places.seats}
 * @param name       short Swedish name, e.g. "Platser (antal platser)"
 * @param definition what counts and which date decides, in Swedish, one or two sentences
 * @param kind       whether the figure is a stock on the query's date or a flow over its period
 */
public record IndicatorDefinition(String key, String name, String definition, Kind kind) {

    public enum Kind { STOCK_ON_DATE, FLOW_IN_PERIOD }

    public IndicatorDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(kind, "kind");
    }
}
