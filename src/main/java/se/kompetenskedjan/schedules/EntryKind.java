package se.kompetenskedjan.schedules;

/** What fills a slot of a participant's week. */
public enum EntryKind {
    COURSE, WORK
}
