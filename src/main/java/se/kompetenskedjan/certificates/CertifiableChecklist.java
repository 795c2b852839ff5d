package se.kompetenskedjan.certificates;

import java.util.UUID;

/** A checklist the participant has signed assessments on, with its placement: what a certificate can be issued for. */
public record CertifiableChecklist(UUID checklistId, String title, UUID placementId, String placementTitle,
        int signedAssessments) {
}
