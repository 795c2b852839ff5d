package se.kompetenskedjan.matching.internal;

import java.util.List;

import se.kompetenskedjan.matching.HardRequirement;

/**
 * The outcome of one hard requirement for a pair, with a message (key and plain arguments) that says what was
 * compared. A requirement that is not met may have been waived by a coordinator for this pair.
 */
record HardCheck(HardRequirement requirement, boolean met, boolean waived, String messageKey, List<Object> args) {

    HardCheck {
        args = List.copyOf(args);
    }

    boolean passes() {
        return met || waived;
    }
}
