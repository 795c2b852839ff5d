package se.kompetenskedjan.plans;

/** Where a recorded level comes from. */
public enum MappingSource {
    SELF_ASSESSMENT, STAFF_ASSESSMENT, VALIDATION, CERTIFICATE
}
