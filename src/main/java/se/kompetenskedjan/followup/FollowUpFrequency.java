package se.kompetenskedjan.followup;

/** How often a participant is followed up with a check-in. NONE: no check-ins are due (none count as missed). */
public enum FollowUpFrequency {
    WEEKLY, EVERY_OTHER_WEEK, MONTHLY, NONE
}
