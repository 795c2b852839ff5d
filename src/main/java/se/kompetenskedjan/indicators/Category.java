package se.kompetenskedjan.indicators;

import java.util.Objects;

/** One category of a dimension: a stable code (an enum name, a step's id) and its Swedish label. */
public record Category(String code, String label) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
