package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A consent ran out ({@code validUntil} has passed without a withdrawal). Announced once per consent by the
 * participants module's expiry job, on the first run after the day.
 */
public record ConsentExpired(UUID consentId, UUID participantId, UUID participantOrganisationId,
        Set<UUID> organisationIds, LocalDate validUntil) {
}
