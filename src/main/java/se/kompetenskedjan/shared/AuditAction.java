package se.kompetenskedjan.shared;

/** What was done with a participant's personal data. */
public enum AuditAction {
    VIEW, LIST, CREATE, UPDATE, CONSENT_GIVEN, CONSENT_WITHDRAWN, SUPERVISION_ADDED, SUPERVISION_ENDED, EXPORT
}
