package se.kompetenskedjan.placements;

import java.time.Instant;
import java.util.UUID;

public record InterestView(UUID placementId, String placementTitle, UUID participantId, String participantName,
        String note, boolean bySelf, Instant registeredAt) {
}
