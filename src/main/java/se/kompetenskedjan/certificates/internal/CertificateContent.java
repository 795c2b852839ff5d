package se.kompetenskedjan.certificates.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a certificate certifies, as it stood when issued (stored as jsonb): the validated items, each with its latest
 * signed level, the period of the assessments, the workplace, the assessors and the issuer.
 */
record CertificateContent(String participantName, UUID placementId, String placementTitle, String unitName,
        String workplaceOrganisationName, List<String> checklistTitles, LocalDate periodFrom, LocalDate periodTo,
        List<String> assessors, String issuerName, List<Item> items) {

    record Item(UUID itemId, String checklistTitle, String text, boolean yesNo, int level, LocalDate assessedOn) {
    }

    String workplace() {
        return unitName + ", " + workplaceOrganisationName;
    }
}
