package se.kompetenskedjan.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One check-in with its answers in the battery version's question order (question in Swedish), its flags and the
 * coordinator's review. mayReview: the reader may review it and act on its flags.
 */
public record CheckInView(UUID id, UUID participantId, CheckInAudience audience, CheckInPeriod period,
        UUID batteryId, int batteryVersion, String batteryName, List<AnswerView> answers, Set<Obstacle> obstacles,
        String obstacleNote, String language, UUID answeredBy, String answeredByName, Instant answeredAt,
        List<FlagView> flags, String reviewNote, String reviewedByName, Instant reviewedAt, boolean mayReview) {

    public record AnswerView(int position, UUID questionKey, QuestionKind kind, String question, String value,
            boolean flagged) {
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
