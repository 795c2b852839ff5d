package se.kompetenskedjan.plans;

/** Where a journey stands, derived from its events. */
public enum JourneyStatus {
    ACTIVE, PAUSED, ENDED_EARLY, COMPLETED
}
