package se.kompetenskedjan.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Participants (rows, those the signed-in user may see; most recently assessed first) × items (columns, grouped by
 * requirement item when the checklist item has one, else per checklist item) with the latest signed level and trend.
 * Columns are those rated for the participants on the page (the export: for all rows).
 */
public record CohortMatrixView(List<ItemColumn> columns, PageResult<ParticipantRow> rows, boolean capped) {

    /** key: the requirement item key, or "item:" + the checklist item id for a workplace item. */
    public record ItemColumn(String key, UUID itemKey, String text, boolean removed) {
    }

    /** cells line up with the columns. */
    public record ParticipantRow(UUID participantId, String firstName, String lastName, LocalDate lastAssessedOn,
            List<TrendCell> cells) {
    }

    public record TrendCell(LevelCell level, Trend trend) {

        public static final TrendCell EMPTY = new TrendCell(LevelCell.EMPTY, null);
    }
}
