package se.kompetenskedjan.progression.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.progression.CohortMatrixView.ItemColumn;
import se.kompetenskedjan.progression.CohortMatrixView.TrendCell;
import se.kompetenskedjan.progression.LevelCell;
import se.kompetenskedjan.progression.ParticipantProgressionView.AssessmentColumn;
import se.kompetenskedjan.progression.ParticipantProgressionView.ItemRow;
import se.kompetenskedjan.progression.ParticipantProgressionView;
import se.kompetenskedjan.progression.Trend;

/**
 * The progression computations, pure (records in, records out, no database): the latest signed level and its trend
 * for a series of ratings, one participant's items × assessments matrix, and the columns and cells of the cohort
 * matrix. Only ratings of signed assessments by supervisors and coordinators count for latest level and trend; the
 * participant's self-assessments are a separate marker.
 */
final class ProgressionCalculator {

    static final String SELF = "SELF";

    private ProgressionCalculator() {
    }

    /** The scale's label for a level (a yes/no item: no for 0, yes for more). */
    @FunctionalInterface
    interface Labels {
        String label(int level, boolean yesNo);
    }

    /** One rating of one item in a signed assessment. */
    record Point(UUID assessmentId, LocalDate assessedOn, Instant signedAt, int level) {
    }

    record Latest(Point point, Trend trend) {
    }

    /** Oldest first: by assessment date, then when signed (two assessments on one day), then id (stable). */
    static final Comparator<Point> CHRONOLOGICAL = Comparator.comparing(Point::assessedOn)
            .thenComparing(Point::signedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Point::assessmentId);

    /** The latest rating of a series and how it compares with the one before; empty for no ratings. */
    static Optional<Latest> latest(Collection<Point> series) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<Point> sorted = series.stream().sorted(CHRONOLOGICAL).toList();
        Point last = sorted.get(sorted.size() - 1);
        if (sorted.size() == 1) {
            return Optional.of(new Latest(last, Trend.NEW));
        }
        int previous = sorted.get(sorted.size() - 2).level();
        Trend trend = last.level() > previous ? Trend.UP : last.level() < previous ? Trend.DOWN : Trend.SAME;
        return Optional.of(new Latest(last, trend));
    }

    // --- one participant ------------------------------------------------------------------------------------------

    /** A signed assessment of the participant; role SUPERVISOR, COORDINATOR or SELF. */
    record AssessmentIn(UUID id, UUID checklistId, LocalDate assessedOn, Instant signedAt, String role,
            String assessorName) {
    }

    record ItemIn(UUID id, UUID checklistId, String checklistTitle, int position, UUID itemKey, String text,
            boolean yesNo, boolean removed) {
    }

    record RatingIn(UUID assessmentId, UUID itemId, int level) {
    }

    /**
     * Rows: the items of the checklists the participant was assessed on (removed ones only when rated, flagged),
     * checklist by checklist in the order they were first assessed, by position within; columns: the signed
     * assessments by supervisor or coordinator, oldest first.
     */
    static ParticipantProgressionView participant(UUID participantId, List<AssessmentIn> assessments,
            List<ItemIn> items, List<RatingIn> ratings, Labels labels) {
        Map<UUID, AssessmentIn> byId = new HashMap<>();
        assessments.forEach(a -> byId.put(a.id(), a));
        List<AssessmentIn> columns = assessments.stream().filter(a -> !SELF.equals(a.role()))
                .sorted(Comparator.comparing((AssessmentIn a) -> point(a, 0), CHRONOLOGICAL)).toList();
        Map<UUID, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }
        Map<UUID, Map<UUID, Integer>> levelByItemAndAssessment = new HashMap<>();
        for (RatingIn rating : ratings) {
            if (byId.containsKey(rating.assessmentId())) {
                levelByItemAndAssessment.computeIfAbsent(rating.itemId(), k -> new HashMap<>())
                        .put(rating.assessmentId(), rating.level());
            }
        }
        Map<UUID, Integer> checklistOrder = new HashMap<>();
        assessments.stream().sorted(Comparator.comparing((AssessmentIn a) -> point(a, 0), CHRONOLOGICAL))
                .forEach(a -> checklistOrder.putIfAbsent(a.checklistId(), checklistOrder.size()));
        List<ItemRow> rows = new ArrayList<>();
        items.stream()
                .filter(item -> checklistOrder.containsKey(item.checklistId()))
                .filter(item -> !item.removed() || levelByItemAndAssessment.containsKey(item.id()))
                .sorted(Comparator.comparing((ItemIn item) -> checklistOrder.get(item.checklistId()))
                        .thenComparing(ItemIn::position).thenComparing(ItemIn::id))
                .forEach(item -> rows.add(itemRow(item, columns, levelByItemAndAssessment
                        .getOrDefault(item.id(), Map.of()), byId, labels)));
        return new ParticipantProgressionView(participantId, columns.stream().map(a -> new AssessmentColumn(a.id(),
                a.checklistId(), a.assessedOn(), a.role(), a.assessorName())).toList(), rows);
    }

    private static ItemRow itemRow(ItemIn item, List<AssessmentIn> columns, Map<UUID, Integer> levels,
            Map<UUID, AssessmentIn> assessments, Labels labels) {
        List<LevelCell> cells = new ArrayList<>(columns.size());
        List<Point> staff = new ArrayList<>();
        List<Point> self = new ArrayList<>();
        for (AssessmentIn column : columns) {
            Integer level = levels.get(column.id());
            cells.add(level == null ? LevelCell.EMPTY : cell(level, item.yesNo(), column.assessedOn(), labels));
        }
        levels.forEach((assessmentId, level) -> {
            AssessmentIn assessment = assessments.get(assessmentId);
            (SELF.equals(assessment.role()) ? self : staff).add(point(assessment, level));
        });
        Optional<Latest> latest = latest(staff);
        Optional<Latest> latestSelf = latest(self);
        return new ItemRow(item.id(), item.checklistId(), item.checklistTitle(), item.itemKey(), item.text(),
                item.removed(), cells,
                latest.map(l -> cell(l.point().level(), item.yesNo(), l.point().assessedOn(), labels)).orElse(LevelCell.EMPTY),
                latest.map(Latest::trend).orElse(null),
                latestSelf.map(l -> cell(l.point().level(), item.yesNo(), l.point().assessedOn(), labels))
                        .orElse(LevelCell.EMPTY));
    }

    private static Point point(AssessmentIn assessment, int level) {
        return new Point(assessment.id(), assessment.assessedOn(), assessment.signedAt(), level);
    }

    static LevelCell cell(int level, boolean yesNo, LocalDate on, Labels labels) {
        return new LevelCell(level, labels.label(level, yesNo), on);
    }

    // --- cohort ---------------------------------------------------------------------------------------------------

    /** One rating of a participant's item in a signed assessment by supervisor or coordinator. */
    record CohortRating(UUID participantId, UUID assessmentId, LocalDate assessedOn, Instant signedAt, UUID itemId,
            UUID itemKey, int position, String text, boolean yesNo, boolean removed, int level) {

        String columnKey() {
            return columnKey(itemKey, itemId);
        }

        static String columnKey(UUID itemKey, UUID itemId) {
            return itemKey != null ? itemKey.toString() : "item:" + itemId;
        }

        Point point() {
            return new Point(assessmentId, assessedOn, signedAt, level);
        }
    }

    /**
     * The columns the ratings need: one per requirement item (across checklists), else per checklist item; worded as
     * most recently assessed; removed only when every item behind the column is removed; ordered by position, then
     * text.
     */
    static List<ItemColumn> columns(Collection<CohortRating> ratings) {
        record Group(CohortRating newest, int minPosition, boolean allRemoved) {
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CohortRating rating : ratings) {
            groups.merge(rating.columnKey(), new Group(rating, rating.position(), rating.removed()),
                    (a, b) -> new Group(CHRONOLOGICAL.compare(a.newest().point(), b.newest().point()) >= 0
                            ? a.newest() : b.newest(), Math.min(a.minPosition(), b.minPosition()),
                            a.allRemoved() && b.allRemoved()));
        }
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Group> e) -> e.getValue().minPosition())
                        .thenComparing(e -> e.getValue().newest().text()).thenComparing(Map.Entry::getKey))
                .map(e -> new ItemColumn(e.getKey(), e.getValue().newest().itemKey(), e.getValue().newest().text(),
                        e.getValue().allRemoved()))
                .toList();
    }

    /** One participant's cells under the columns: latest level and trend per column, empty when never rated. */
    static List<TrendCell> cells(List<ItemColumn> columns, Collection<CohortRating> ratingsOfParticipant,
            Labels labels) {
        Map<String, List<CohortRating>> byColumn = new HashMap<>();
        ratingsOfParticipant.forEach(r -> byColumn.computeIfAbsent(r.columnKey(), k -> new ArrayList<>()).add(r));
        List<TrendCell> cells = new ArrayList<>(columns.size());
        for (ItemColumn column : columns) {
            List<CohortRating> series = byColumn.getOrDefault(column.key(), List.of());
            Map<Point, CohortRating> byPoint = new HashMap<>();
            series.forEach(r -> byPoint.put(r.point(), r));
            cells.add(latest(byPoint.keySet()).map(l -> new TrendCell(cell(l.point().level(),
                    byPoint.get(l.point()).yesNo(), l.point().assessedOn(), labels), l.trend()))
                    .orElse(TrendCell.EMPTY));
        }
        return cells;
    }
}
