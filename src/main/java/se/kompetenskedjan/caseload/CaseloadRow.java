package se.kompetenskedjan.caseload;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.shared.CaseSignal;

/** One participant of the caseload with the signals that put them there, the most urgent first. */
public record CaseloadRow(UUID participantId, String firstName, String lastName, ParticipantStatus status,
        int urgency, boolean overdue, List<CaseSignal> signals) {
}
