package se.kompetenskedjan.followup;

/** Who answers a battery's questions: the participant (in easy words, in their language) or their supervisor. */
public enum CheckInAudience {
    PARTICIPANT, SUPERVISOR
}
