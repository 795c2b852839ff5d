package se.kompetenskedjan.workability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A work-ability assessment with the questions of its form version and the answers; signed: the dated report. */
public record WorkAbilityAssessmentView(UUID id, UUID participantId, UUID assessorId, UUID formId, String formName, UUID formVersionId,
        int formVersion, WorkAbilityRequester requester, String requesterReference, LocalDate periodFrom,
        LocalDate periodTo, String summary, String assessorName, String organisationName, boolean signed,
        Instant signedAt, List<Item> items, long lockVersion) {

    /** A question of the form and its answer (score and note null when unanswered). */
    public record Item(UUID questionId, int position, WorkAbilityArea area, String text, int scaleMax, String lowLabel,
            String highLabel, Integer score, String note) {
    }
}
