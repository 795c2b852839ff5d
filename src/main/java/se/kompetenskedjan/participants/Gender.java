package se.kompetenskedjan.participants;

/** Recorded for gender-disaggregated statistics only. */
public enum Gender {
    WOMAN, MAN, NON_BINARY, UNSPECIFIED
}
