package se.kompetenskedjan.plans;

/** Where a plan activity stands. */
public enum ActivityStatus {
    PROPOSED, AGREED, ONGOING, DONE, CANCELLED
}
