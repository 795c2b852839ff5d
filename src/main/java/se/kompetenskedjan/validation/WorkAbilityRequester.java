package se.kompetenskedjan.validation;

/** Who asked for a work-ability assessment. */
public enum WorkAbilityRequester {
    ARBETSFORMEDLINGEN, FORSAKRINGSKASSAN, OTHER
}
