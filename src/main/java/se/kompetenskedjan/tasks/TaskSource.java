package se.kompetenskedjan.tasks;

import java.util.Objects;
import java.util.UUID;

/**
 * What opened a task: a kind named by the module that owns it (e.g. {@code CHECK_IN_ACTION}, {@code MEETING_DECISION},
 * {@code REMINDER}) and the id of the thing in that module. One task per source.
 */
public record TaskSource(String kind, UUID id) {

    public TaskSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (!kind.matches("[A-Z][A-Z_]{1,39}")) {
            throw new IllegalArgumentException("A task source kind is upper-case letters and underscores: " + kind);
        }
    }
}
