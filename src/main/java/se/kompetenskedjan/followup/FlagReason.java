package se.kompetenskedjan.followup;

/** Why a check-in was flagged: a red traffic light, a 1 on a scale, or an obstacle. */
public enum FlagReason {
    RED_LIGHT, LOWEST_SCALE, OBSTACLE
}
