package se.kompetenskedjan.participants;

import se.kompetenskedjan.shared.AuditAction;

/**
 * What a call is about to do with a participant's data: which access rule it needs (the right to read, or the right
 * to change the participant) and the action it is recorded as in the audit trail.
 */
public enum AccessNeed {
    /** Reads one participant's data. */
    READ(false, AuditAction.VIEW),
    /** Shows the participant as one row among others. */
    LIST(false, AuditAction.LIST),
    /** Takes the participant's data out of the system (a printout, a file). */
    EXPORT(false, AuditAction.EXPORT),
    /** Creates something that belongs to the participant; only those who may change the participant. */
    CREATE(true, AuditAction.CREATE),
    /** Changes the participant's data; only those who may change the participant. */
    CHANGE(true, AuditAction.UPDATE),
    /** Adds a record about the participant that a reader may make, such as a supervisor's assessment. */
    ADD(false, AuditAction.CREATE),
    /** Changes a record that a reader may change, such as the participant agreeing to their own plan. */
    CONTRIBUTE(false, AuditAction.UPDATE),
    /** Starts a supervision of the participant; only those who may change the participant. */
    START_SUPERVISION(true, AuditAction.SUPERVISION_ADDED),
    /** Ends a supervision as a placement ends; a reader may, the placement's parties being the caller's rule. */
    END_SUPERVISION(false, AuditAction.SUPERVISION_ENDED);

    private final boolean needsEditRight;
    private final AuditAction action;

    AccessNeed(boolean needsEditRight, AuditAction action) {
        this.needsEditRight = needsEditRight;
        this.action = action;
    }

    public boolean needsEditRight() {
        return needsEditRight;
    }

    public AuditAction action() {
        return action;
    }

    public boolean changes() {
        return action != AuditAction.VIEW && action != AuditAction.LIST && action != AuditAction.EXPORT;
    }
}
