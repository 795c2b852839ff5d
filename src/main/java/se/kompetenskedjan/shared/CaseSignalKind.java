package se.kompetenskedjan.shared;

/**
 * The reasons a caseload orders participants by; the weight says how much more urgent one is than another (an open
 * obstacle before a plan due for review), days past the due date add to it.
 */
public enum CaseSignalKind {
    OPEN_OBSTACLE(50),
    OVERDUE_ACTION(40),
    CONSENT_EXPIRING(35),
    MISSED_CHECK_IN(30),
    NO_CONTACT(30),
    PLACEMENT_ENDING(25),
    PLAN_REVIEW_DUE(20),
    STEP_TIME_EXCEEDED(20),
    LEVEL_TO_RECORD(10);

    private final int weight;

    CaseSignalKind(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
