package se.kompetenskedjan.followup;

import java.time.Instant;
import java.util.UUID;

/** A flag of a check-in: the question that raised it (RED_LIGHT, LOWEST_SCALE) or the obstacle (OBSTACLE). */
public record FlagView(UUID id, UUID checkInId, FlagReason reason, UUID questionKey, Obstacle obstacle,
        FlagStatus status, UUID taskId, String note, String handledByName, Instant handledAt) {
}
