package se.kompetenskedjan.profiles;

/**
 * The state of one version of a requirement profile. DRAFT: being written, only the owning organisation sees it.
 * PUBLISHED: frozen for good, readable by everyone signed in. RETIRED: still readable (plans made against it keep
 * it), but no longer offered for new ladder steps.
 */
public enum ProfileStatus {
    DRAFT, PUBLISHED, RETIRED
}
