package se.kompetenskedjan.placements;

/** What the employer answers to a proposal. */
public enum ReviewDecision {
    ACCEPT, DECLINE, REQUEST_INTERVIEW, REQUEST_STUDY_VISIT
}
