package se.kompetenskedjan.identity;

import java.util.Objects;
import java.util.UUID;

public record OrganisationId(UUID value) {
    public OrganisationId {
        Objects.requireNonNull(value);
    }
}
