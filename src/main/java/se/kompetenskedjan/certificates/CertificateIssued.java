package se.kompetenskedjan.certificates;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate was issued (signed with the issuer's active key); {@code checklistId} is null for a whole placement. */
public record CertificateIssued(UUID certificateId, UUID participantId, UUID participantOrganisationId,
        UUID issuerOrganisationId, UUID placementId, UUID checklistId, String language, LocalDate issuedOn) {
}
