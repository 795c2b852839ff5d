package se.kompetenskedjan.workability;

import java.time.LocalDate;
import java.util.UUID;

/** A work-ability assessment was signed; its report is final. No answers or summary: those stay in the module. */
public record WorkAbilityAssessmentSigned(UUID assessmentId, UUID participantId, UUID participantOrganisationId,
        UUID formVersionId, WorkAbilityRequester requester, LocalDate periodFrom, LocalDate periodTo,
        LocalDate signedOn) {
}
