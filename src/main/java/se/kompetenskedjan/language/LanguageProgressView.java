package se.kompetenskedjan.language;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.participants.SwedishLevel;

/**
 * The level per skill over time, from the participant's signed language assessments (oldest first), and the validated
 * level they add up to (null until the latest signed assessment reaches A1 in all four skills).
 */
public record LanguageProgressView(UUID participantId, List<Series> series, Validated validated) {

    public record Series(LanguageSkill skill, List<Point> points) {
    }

    /** level null: not yet A1 at that assessment. */
    public record Point(LocalDate date, CefrLevel level, UUID assessmentId) {
    }

    /**
     * The lowest of the four skills' levels at the latest signed assessment, and the Swedish level of the register it
     * stands for: what a coordinator may record as the participant's Swedish level, which matching then uses.
     */
    public record Validated(LocalDate assessedOn, CefrLevel level, SwedishLevel swedishLevel) {
    }
}
