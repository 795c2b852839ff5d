package se.kompetenskedjan.schedules;

/** The part of a work day: the place's whole day, its morning (until 12:00) or its afternoon (from 12:00). */
public enum DayPart {
    FULL_DAY, MORNING, AFTERNOON
}
