package se.kompetenskedjan.followup;

import java.util.UUID;

/** A check-in raised a flag (obstacle: for OBSTACLE, else null). */
public record CheckInFlagRaised(UUID flagId, UUID checkInId, UUID participantId, UUID participantOrganisationId, FlagReason reason, Obstacle obstacle) {
}
