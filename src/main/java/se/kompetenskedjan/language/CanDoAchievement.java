package se.kompetenskedjan.language;

/**
 * Whether the participant does what a can-do statement says: yes, partly (sometimes, or with support) or not yet.
 * Can-do statements are yes/no descriptors by design; "partly" keeps the emerging ability visible without the
 * 4-level support scale of the checklists, which describes support in work tasks rather than language.
 */
public enum CanDoAchievement {
    YES, PARTLY, NO
}
