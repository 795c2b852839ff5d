package se.kompetenskedjan.schedules;

/** Whose calendar a feed holds: a participant's week, a supervisor's participants' work days, a teacher's sessions. */
public enum FeedKind {
    PARTICIPANT, SUPERVISOR, TEACHER
}
