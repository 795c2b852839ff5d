package se.kompetenskedjan.workability;

/** What a work-ability question is about. */
public enum WorkAbilityArea {
    PUNCTUALITY, FOLLOWING_INSTRUCTIONS, PACE, COOPERATION, ENDURANCE, ADAPTATION_NEEDS, OTHER
}
