package se.kompetenskedjan.participants;

/** Highest completed education, broadly after SUN levels. */
public enum EducationLevel {
    NONE, PRIMARY_INCOMPLETE, PRIMARY, UPPER_SECONDARY_INCOMPLETE, UPPER_SECONDARY, POST_SECONDARY, UNIVERSITY
}
