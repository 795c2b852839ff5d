package se.kompetenskedjan.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The level per skill over time, from the participant's signed language assessments (oldest first). */
public record LanguageProgressView(UUID participantId, List<Series> series) {

    public record Series(LanguageSkill skill, List<Point> points) {
    }

    /** level null: not yet A1 at that assessment. */
    public record Point(LocalDate date, CefrLevel level, UUID assessmentId) {
    }
}
