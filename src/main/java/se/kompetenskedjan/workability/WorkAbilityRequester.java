package se.kompetenskedjan.workability;

/** Who asked for a work-ability assessment. */
public enum WorkAbilityRequester {
    ARBETSFORMEDLINGEN, FORSAKRINGSKASSAN, OTHER
}
