package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent was withdrawn: the organisations it named no longer see the participant from {@code withdrawnOn}. */
public record ConsentWithdrawn(UUID consentId, UUID participantId, UUID participantOrganisationId,
        Set<UUID> organisationIds, LocalDate withdrawnOn) {
}
