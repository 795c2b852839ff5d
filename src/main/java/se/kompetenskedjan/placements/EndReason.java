package se.kompetenskedjan.placements;

/** Why an active placement ended early. */
public enum EndReason {
    HEALTH, NOT_SUITABLE, WORKPLACE_CHANGED, NO_CONTACT, GOT_JOB, STUDIES, MOVED, OTHER
}
