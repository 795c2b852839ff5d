package se.kompetenskedjan.participants;

/** Where the participant stands in the chain. */
public enum ParticipantStatus {
    REFERRED, MAPPING, ACTIVE, PAUSED, SUBSIDISED_EMPLOYMENT, REGULAR_EMPLOYMENT, STUDIES, COMPLETED, DROPPED_OUT;

    /** The participant has left the chain (a regular job, completed or dropped out): no longer matched with places. */
    public boolean finished() {
        return this == REGULAR_EMPLOYMENT || this == COMPLETED || this == DROPPED_OUT;
    }
}
