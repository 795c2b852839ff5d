package se.kompetenskedjan.plans;

/** What happened on a participant's journey through a ladder; each is a dated event with a reason. */
public enum JourneyEventType {
    ENROLLED, ADVANCED, PAUSED, RESUMED, RETURNED, ENDED_EARLY, COMPLETED, OUTCOME
}
