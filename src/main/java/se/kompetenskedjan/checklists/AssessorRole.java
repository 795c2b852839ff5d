package se.kompetenskedjan.checklists;

/** Who made an assessment: derived from the assessor's role (supervisor, coordinator, or the participant themself). */
public enum AssessorRole {
    SUPERVISOR, COORDINATOR, SELF
}
