package se.kompetenskedjan.handovers;

import java.time.Instant;
import java.util.UUID;

/** One hand-over as its parties see it; the participant's name only for those who may read the participant. */
public record HandoverView(UUID id, UUID participantId, String participantName, UUID fromOrganisationId,
        String fromOrganisationName, UUID toOrganisationId, String toOrganisationName, String note,
        HandoverStatus status, UUID proposedBy, Instant proposedAt, UUID decidedBy, Instant decidedAt,
        String declineReason, UUID coordinatorId, long version) {
}
