package se.kompetenskedjan.handovers;

import java.time.LocalDate;
import java.util.UUID;

/** The receiving organisation declined a hand-over; the participant stays where they were. */
public record HandoverDeclined(UUID handoverId, UUID participantId, UUID fromOrganisationId, UUID toOrganisationId,
        LocalDate on) {
}
