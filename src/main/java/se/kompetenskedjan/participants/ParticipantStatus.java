package se.kompetenskedjan.participants;

/** Where the participant stands in the chain. */
public enum ParticipantStatus {
    REFERRED, MAPPING, ACTIVE, PAUSED, SUBSIDISED_EMPLOYMENT, REGULAR_EMPLOYMENT, STUDIES, COMPLETED, DROPPED_OUT
}
