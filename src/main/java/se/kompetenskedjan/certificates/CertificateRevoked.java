package se.kompetenskedjan.certificates;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate was revoked by its issuer; the reason stays in the module (free text). */
public record CertificateRevoked(UUID certificateId, UUID participantId, UUID participantOrganisationId,
        UUID issuerOrganisationId, LocalDate revokedOn) {
}
