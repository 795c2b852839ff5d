package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of a participant's assessment history. */
public record AssessmentSummary(UUID id, UUID checklistId, String checklistTitle, String placementTitle,
        AssessorRole assessorRole, String assessorName, LocalDate assessedOn, AssessmentStatus status,
        Instant signedAt, int ratedItems, double averageLevel) {
}
