package se.kompetenskedjan.progression;

/** How an item's latest signed level compares with the one before it. */
public enum Trend {
    /** Higher than the previous signed level. */
    UP,
    /** Lower than the previous signed level. */
    DOWN,
    /** The same as the previous signed level. */
    SAME,
    /** Only one signed level so far. */
    NEW
}
