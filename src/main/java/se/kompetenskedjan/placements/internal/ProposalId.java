package se.kompetenskedjan.placements.internal;

import java.util.Objects;
import java.util.UUID;

/** The identity of a {@link Proposal}; the facade and the events carry its value. */
record ProposalId(UUID value) {

    ProposalId {
        Objects.requireNonNull(value, "value");
    }

    static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
