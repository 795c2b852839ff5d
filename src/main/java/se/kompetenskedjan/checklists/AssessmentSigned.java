package se.kompetenskedjan.checklists;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment against a placement's checklist was signed (it never changes after this). {@code recordedAsLevels}:
 * its ratings of items linked to requirement items became the participant's mapped levels (source VALIDATION), as a
 * supervisor's or coordinator's assessment on a checklist tailored from a requirement profile does; never for a
 * self-assessment.
 */
public record AssessmentSigned(UUID assessmentId, UUID checklistId, UUID placementId, UUID participantId,
        UUID participantOrganisationId, AssessorRole assessorRole, LocalDate assessedOn, int ratings,
        boolean recordedAsLevels, LocalDate signedOn) {
}
