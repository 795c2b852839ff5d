package se.kompetenskedjan.followup;

import java.util.UUID;

/** A check-in was answered; flagged when it raised a flag. */
public record CheckInAnswered(UUID checkInId, UUID participantId, UUID participantOrganisationId, CheckInAudience audience, CheckInPeriod period, boolean flagged) {
}
