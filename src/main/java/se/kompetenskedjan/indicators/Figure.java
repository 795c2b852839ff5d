package se.kompetenskedjan.indicators;

import java.util.Objects;

/**
 * One published figure: its value when shown, nothing when protected. A protected figure carries no value at all,
 * so no page, API answer or export can leak it.
 */
public record Figure(Long value, Protection protection) {

    public enum Protection {
        /** Shown as it is. */
        SHOWN,
        /** A group under the threshold (zero included): shown as "<5". */
        SMALL,
        /** Hidden so that a small group cannot be worked out from the others (secondary suppression): "..". */
        SECONDARY
    }

    public Figure {
        Objects.requireNonNull(protection, "protection");
        if ((protection == Protection.SHOWN) != (value != null)) {
            throw new IllegalArgumentException("A shown figure has a value and a protected one has none");
        }
    }

    public static Figure shown(long value) {
        return new Figure(value, Protection.SHOWN);
    }

    public static Figure small() {
        return new Figure(null, Protection.SMALL);
    }

    public static Figure secondary() {
        return new Figure(null, Protection.SECONDARY);
    }

    public boolean isShown() {
        return protection == Protection.SHOWN;
    }

    /** As a page or an export shows it: the number, "<threshold" or "..". */
    public String text(int threshold) {
        return switch (protection) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + threshold;
            case SECONDARY -> "..";
        };
    }
}
