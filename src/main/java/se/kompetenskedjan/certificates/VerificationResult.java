package se.kompetenskedjan.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The answer of a verification. GENUINE: the signature holds against the issuer's key and the certificate is not
 * revoked; REVOKED: genuine but revoked by the issuer; KEY_WITHDRAWN: not revoked, but the issuer withdrew the key
 * that signed it as compromised, so it can no longer be shown to be genuine; TAMPERED: the signature does not hold (or
 * the credential differs from the one issued); UNKNOWN: no such certificate. Content is given only for genuine
 * certificates. message: a sentence for people, in the request's language (set by the API, null otherwise).
 */
public record VerificationResult(Status status, UUID certificateId, String issuerName, UUID issuerOrganisationId,
        Instant issuedAt, Instant revokedAt, String title, String participantName, String workplace,
        LocalDate periodFrom, LocalDate periodTo, List<VerifiedItem> items, String message) {

    public enum Status { GENUINE, REVOKED, KEY_WITHDRAWN, TAMPERED, UNKNOWN }

    public record VerifiedItem(String text, int level, String levelLabel) {
    }

    public static VerificationResult of(Status status, UUID certificateId) {
        return new VerificationResult(status, certificateId, null, null, null, null, null, null, null, null, null,
                List.of(), null);
    }

    public VerificationResult withMessage(String text) {
        return new VerificationResult(status, certificateId, issuerName, issuerOrganisationId, issuedAt, revokedAt,
                title, participantName, workplace, periodFrom, periodTo, items, text);
    }
}
