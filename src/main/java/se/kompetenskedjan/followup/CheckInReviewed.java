package se.kompetenskedjan.followup;

import java.time.LocalDate;
import java.util.UUID;

/** The coordinator reviewed a check-in. */
public record CheckInReviewed(UUID checkInId, UUID participantId, UUID reviewedBy, LocalDate on) {
}
