package se.kompetenskedjan.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One participant's progression: the items of their checklists (rows) × their signed assessments by supervisor or
 * coordinator (columns, oldest first), with the latest level and trend per item; the latest signed self-assessment
 * is a separate marker per item, never part of the latest level or the trend.
 */
public record ParticipantProgressionView(UUID participantId, List<AssessmentColumn> assessments,
        List<ItemRow> items) {

    /** A signed assessment: one column of the matrix. */
    public record AssessmentColumn(UUID assessmentId, UUID checklistId, LocalDate assessedOn, String assessorRole,
            String assessorName) {
    }

    /** One checklist item; cells line up with the assessment columns (a cell's level is null when not rated). */
    public record ItemRow(UUID checklistItemId, UUID checklistId, String checklistTitle, UUID itemKey, String text,
            boolean removed, List<LevelCell> cells, LevelCell latest, Trend trend, LevelCell self) {
    }

    public boolean isEmpty() {
        return assessments.isEmpty();
    }
}
