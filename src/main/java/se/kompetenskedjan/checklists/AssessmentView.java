package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One assessment whole. followsId: the signed assessment of the same checklist, participant and kind it follows.
 * mayEdit: a draft the signed-in user (its assessor) may still change and sign.
 */
public record AssessmentView(UUID id, UUID checklistId, String checklistTitle, UUID placementId,
        UUID participantId, AssessorRole assessorRole, String assessorName, LocalDate assessedOn, String comment,
        AssessmentStatus status, Instant signedAt, UUID followsId, List<RatingView> ratings,
        List<EvidenceView> evidence, Instant createdAt, Instant updatedAt, long lockVersion, boolean mayEdit) {

    public boolean signed() {
        return status == AssessmentStatus.SIGNED;
    }

    public Integer levelOf(UUID itemId) {
        return ratings.stream().filter(r -> r.itemId().equals(itemId)).map(RatingView::level).findFirst().orElse(null);
    }

    public String commentOf(UUID itemId) {
        return ratings.stream().filter(r -> r.itemId().equals(itemId)).map(RatingView::comment).findFirst().orElse(null);
    }
}
