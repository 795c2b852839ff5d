package se.kompetenskedjan.meetings;

/** Planned until it is recorded as held (with its notes) or cancelled; neither can be undone. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
