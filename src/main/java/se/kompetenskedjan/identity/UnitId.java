package se.kompetenskedjan.identity;

import java.util.Objects;
import java.util.UUID;

public record UnitId(UUID value) {
    public UnitId {
        Objects.requireNonNull(value);
    }
}
