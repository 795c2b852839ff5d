package se.kompetenskedjan.followup;

/** OPEN until the coordinator turns it into an action (a task) or closes it with a note. */
public enum FlagStatus {
    OPEN, ACTION, CLOSED
}
