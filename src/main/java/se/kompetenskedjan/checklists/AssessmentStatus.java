package se.kompetenskedjan.checklists;

/** DRAFT: the assessor may still change it. SIGNED: final for good; a later view is a new assessment. */
public enum AssessmentStatus {
    DRAFT, SIGNED
}
