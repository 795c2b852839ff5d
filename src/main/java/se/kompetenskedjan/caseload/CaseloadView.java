package se.kompetenskedjan.caseload;

import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.PageResult;

/**
 * A coordinator's caseload: its size, how many participants have each kind of signal and how many have something
 * overdue (over the whole caseload, whatever the filter), and the page of rows the query selects.
 */
public record CaseloadView(UUID coordinatorId, String coordinatorName, int caseloadSize,
        Map<CaseSignalKind, Integer> participantsByKind, int overdueParticipants, PageResult<CaseloadRow> rows) {
}
