package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervisor (handledare, by user account) supervises the participant from {@code startsOn} to {@code endsOn}
 * (null: open). Published by the placements module, which owns who supervises whom (when a placement is activated,
 * or a supervision is recorded by hand); the type lives here because placements depends on participants and this
 * module keeps a read model of it for its access rule. {@code placementProposalId} is null for a supervision
 * recorded by hand.
 */
public record SupervisionStarted(UUID supervisionId, UUID participantId, UUID supervisorUserId, UUID unitId,
        UUID placementProposalId, LocalDate startsOn, LocalDate endsOn) {
}
