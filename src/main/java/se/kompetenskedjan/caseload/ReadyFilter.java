package se.kompetenskedjan.caseload;

import java.util.EnumSet;
import java.util.Set;

import se.kompetenskedjan.shared.CaseSignalKind;

/** The ready-made filters of the caseload, as NAV's follow-up portfolio offers them. */
public enum ReadyFilter {
    EVERYONE(Set.of(), false),
    OVERDUE(Set.of(), true),
    OBSTACLES(EnumSet.of(CaseSignalKind.OPEN_OBSTACLE), false),
    CHECK_INS(EnumSet.of(CaseSignalKind.MISSED_CHECK_IN, CaseSignalKind.NO_CONTACT), false),
    CONSENTS(EnumSet.of(CaseSignalKind.CONSENT_EXPIRING), false),
    PLACEMENTS_ENDING(EnumSet.of(CaseSignalKind.PLACEMENT_ENDING), false),
    PLANS(EnumSet.of(CaseSignalKind.PLAN_REVIEW_DUE, CaseSignalKind.STEP_TIME_EXCEEDED), false),
    TO_RECORD(EnumSet.of(CaseSignalKind.LEVEL_TO_RECORD), false);

    private final CaseloadQuery query;

    ReadyFilter(Set<CaseSignalKind> kinds, boolean overdueOnly) {
        this.query = new CaseloadQuery(kinds, overdueOnly);
    }

    public CaseloadQuery query() {
        return query;
    }
}
