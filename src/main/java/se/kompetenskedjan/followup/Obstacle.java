package se.kompetenskedjan.followup;

/** An obstacle named in a check-in; any one flags the check-in for the coordinator. */
public enum Obstacle {
    ABSENCE, LATENESS, CONFLICT, HEALTH, TRAVEL, CHILDCARE, MONEY
}
