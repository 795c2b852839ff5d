package se.kompetenskedjan.placements;

/**
 * The selection workflow: PROPOSED → (employer: INTERVIEW_REQUESTED / STUDY_VISIT_REQUESTED →) ACCEPTED or
 * DECLINED → AGREED (start date and supervisor) → ACTIVE → COMPLETED or ENDED_EARLY; WITHDRAWN by the coordinator
 * before it is active. ACCEPTED takes a seat, AGREED a supervisor slot; ending frees both.
 */
public enum ProposalStatus {
    PROPOSED, INTERVIEW_REQUESTED, STUDY_VISIT_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, AGREED, ACTIVE, COMPLETED,
    ENDED_EARLY;

    public boolean awaitingEmployer() {
        return this == PROPOSED || this == INTERVIEW_REQUESTED || this == STUDY_VISIT_REQUESTED;
    }

    public boolean closed() {
        return this == DECLINED || this == WITHDRAWN || this == COMPLETED || this == ENDED_EARLY;
    }
}
