package se.kompetenskedjan.participants;

import java.util.UUID;

/** One row of the participant list. */
public record ParticipantSummary(UUID id, String firstName, String lastName, Integer birthYear,
        ParticipantStatus status, UUID coordinatorId, String coordinatorName, UUID organisationId) {
}
