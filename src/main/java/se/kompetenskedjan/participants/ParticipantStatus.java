package se.kompetenskedjan.participants;

/**
 * Where the participant stands in the chain. Once the participant has a journey, the journeys decide it (the plans
 * module tells the register, decision 73); before that it is set in the register, REFERRED by default.
 */
public enum ParticipantStatus {
    REFERRED, MAPPING, ACTIVE, PAUSED, SUBSIDISED_EMPLOYMENT, REGULAR_EMPLOYMENT, STUDIES, COMPLETED, DROPPED_OUT;

    /** The participant has left the chain (a regular job, completed or dropped out): no longer matched with places. */
    public boolean finished() {
        return this == REGULAR_EMPLOYMENT || this == COMPLETED || this == DROPPED_OUT;
    }
}
