package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A participant consented to share their data with the organisations for the purpose until {@code validUntil}. */
public record ConsentGiven(UUID consentId, UUID participantId, UUID participantOrganisationId,
        Set<UUID> organisationIds, LocalDate givenOn, LocalDate validUntil) {
}
