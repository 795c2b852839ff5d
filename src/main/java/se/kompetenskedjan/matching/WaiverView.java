package se.kompetenskedjan.matching;

import java.time.Instant;
import java.util.UUID;

public record WaiverView(UUID id, UUID participantId, UUID placementId, HardRequirement requirement, String reason,
        String grantedByName, Instant grantedAt) {
}
