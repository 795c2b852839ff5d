package se.kompetenskedjan.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A proposal and, once agreed, the placement agreement: goals, tasks, supervisor, hours, follow-up, approvals. */
public record ProposalView(UUID id, UUID placementId, String placementTitle, String unitName, String organisationName,
        UUID participantId, String participantName, ProposalStatus status, Integer score, String motivation,
        String reviewNote, DeclineReason declineReason, EndReason endReason, LocalDate startsOn, LocalDate endsOn,
        UUID supervisorId, String supervisorName, String goals, String tasks, String hours, String followUp,
        List<Approval> approvals, List<Event> events, Instant proposedAt, long lockVersion) {

    public record Approval(AgreementParty party, String approvedByName, boolean inMeeting, Instant approvedAt) {
    }

    public record Event(ProposalStatus status, String note, String actorName, Instant occurredAt) {
    }

    public boolean approvedBy(AgreementParty party) {
        return approvals.stream().anyMatch(a -> a.party() == party);
    }

    public boolean fullyApproved() {
        return approvals.size() == AgreementParty.values().length;
    }
}
