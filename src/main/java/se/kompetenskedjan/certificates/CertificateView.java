package se.kompetenskedjan.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An issued certificate with the content it certifies (a snapshot taken when it was issued). Levels are on the
 * 4-level scale (0 not started … 3 independently); levelLabel is in the certificate's language. keyWithdrawn: the key
 * that signed it was withdrawn as compromised, so it no longer verifies (a new certificate is needed).
 */
public record CertificateView(UUID id, UUID participantId, String participantName, String language, String title,
        UUID issuerOrganisationId, String issuerName, Instant issuedAt, String issuedByName, UUID checklistId,
        UUID placementId, String placementTitle, String workplace, LocalDate periodFrom, LocalDate periodTo,
        List<String> assessors, List<Item> items, boolean revoked, Instant revokedAt, String revokedByName,
        String revocationReason, boolean keyWithdrawn, String verificationUrl) {

    @Schema(name = "CertificateItem")
    public record Item(String checklistTitle, String text, int level, boolean yesNo, String levelLabel,
            LocalDate assessedOn) {
    }
}
