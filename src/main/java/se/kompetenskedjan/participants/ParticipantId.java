package se.kompetenskedjan.participants;

import java.util.Objects;
import java.util.UUID;

public record ParticipantId(UUID value) {
    public ParticipantId {
        Objects.requireNonNull(value);
    }
}
