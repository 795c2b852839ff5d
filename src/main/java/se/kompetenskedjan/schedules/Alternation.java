package se.kompetenskedjan.schedules;

/** Which weeks a work pattern applies: every week, or every other week counted from the pattern's first week. */
public enum Alternation {
    EVERY_WEEK, EVERY_OTHER_WEEK
}
