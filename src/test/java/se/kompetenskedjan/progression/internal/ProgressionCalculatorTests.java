package se.kompetenskedjan.progression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.progression.CohortMatrixView.ItemColumn;
import se.kompetenskedjan.progression.CohortMatrixView.TrendCell;
import se.kompetenskedjan.progression.LevelCell;
import se.kompetenskedjan.progression.ParticipantProgressionView.ItemRow;
import se.kompetenskedjan.progression.ParticipantProgressionView;
import se.kompetenskedjan.progression.Trend;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.AssessmentIn;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.CohortRating;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.ItemIn;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.Point;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.RatingIn;

/** The pure progression computations: latest level, trend, the participant matrix and the cohort matrix. */
class ProgressionCalculatorTests {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D2 = LocalDate.of(2026, 4, 6);
    private static final LocalDate D3 = LocalDate.of(2026, 5, 4);
    private static final ProgressionCalculator.Labels LABELS = (level, yesNo) -> yesNo ? (level > 0 ? "Ja" : "Nej")
            : List.of("Inte påbörjat", "Med mycket stöd", "Med visst stöd", "Självständigt").get(level);

    // --- latest level and trend -----------------------------------------------------------------------------------

    @Test
    void noRatingsHaveNoLatestLevel() {
        assertThat(ProgressionCalculator.latest(List.of())).isEmpty();
    }

    @Test
    void aSingleRatingIsNew() {
        var latest = ProgressionCalculator.latest(List.of(point(D1, 2))).orElseThrow();
        assertThat(latest.point().level()).isEqualTo(2);
        assertThat(latest.trend()).isEqualTo(Trend.NEW);
    }

    @Test
    void trendComparesTheLatestWithTheOneBeforeWhateverTheInputOrder() {
        assertThat(ProgressionCalculator.latest(List.of(point(D3, 3), point(D1, 0), point(D2, 1))).orElseThrow())
                .satisfies(l -> assertThat(l.point().level()).isEqualTo(3))
                .satisfies(l -> assertThat(l.trend()).isEqualTo(Trend.UP));
        assertThat(ProgressionCalculator.latest(List.of(point(D1, 3), point(D3, 1), point(D2, 2))).orElseThrow()
                .trend()).isEqualTo(Trend.DOWN);
        assertThat(ProgressionCalculator.latest(List.of(point(D1, 0), point(D2, 2), point(D3, 2))).orElseThrow()
                .trend()).isEqualTo(Trend.SAME);
    }

    @Test
    void twoAssessmentsOnOneDayAreOrderedByWhenTheyWereSigned() {
        Point morning = new Point(UUID.randomUUID(), D2, Instant.parse("2026-04-06T08:00:00Z"), 3);
        Point afternoon = new Point(UUID.randomUUID(), D2, Instant.parse("2026-04-06T15:00:00Z"), 1);
        var latest = ProgressionCalculator.latest(List.of(afternoon, morning)).orElseThrow();
        assertThat(latest.point()).isEqualTo(afternoon);
        assertThat(latest.trend()).isEqualTo(Trend.DOWN);
    }

    // --- one participant ------------------------------------------------------------------------------------------

    @Test
    void participantMatrixHasItemsAsRowsAndSignedStaffAssessmentsAsColumnsOldestFirst() {
        UUID checklist = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ItemIn hygiene = item(checklist, 1, "Hygienrutiner", false, false);
        ItemIn greet = item(checklist, 2, "Hälsa på brukaren", false, false);
        ItemIn removedUnrated = item(checklist, 3, "Borttagen utan bedömning", false, true);
        ItemIn removedRated = item(checklist, 4, "Borttagen med bedömning", false, true);
        ItemIn truck = item(other, 1, "Truckkort", true, false);
        AssessmentIn second = assessment(checklist, D2, "COORDINATOR");
        AssessmentIn first = assessment(checklist, D1, "SUPERVISOR");
        AssessmentIn self = assessment(checklist, D3, "SELF");
        AssessmentIn otherList = assessment(other, D3, "SUPERVISOR");

        ParticipantProgressionView view = ProgressionCalculator.participant(UUID.randomUUID(),
                List.of(second, self, first, otherList), List.of(truck, greet, removedRated, removedUnrated, hygiene),
                List.of(new RatingIn(first.id(), hygiene.id(), 1), new RatingIn(second.id(), hygiene.id(), 2),
                        new RatingIn(self.id(), hygiene.id(), 3), new RatingIn(first.id(), greet.id(), 2),
                        new RatingIn(second.id(), greet.id(), 2), new RatingIn(first.id(), removedRated.id(), 0),
                        new RatingIn(otherList.id(), truck.id(), 3)),
                LABELS);

        assertThat(view.assessments()).extracting(a -> a.assessmentId())
                .containsExactly(first.id(), second.id(), otherList.id());
        assertThat(view.items()).extracting(ItemRow::text)
                .containsExactly("Hygienrutiner", "Hälsa på brukaren", "Borttagen med bedömning", "Truckkort");
        ItemRow hygieneRow = view.items().get(0);
        assertThat(hygieneRow.cells()).extracting(LevelCell::label)
                .containsExactly("Med mycket stöd", "Med visst stöd", null);
        assertThat(hygieneRow.latest().level()).isEqualTo(2);
        assertThat(hygieneRow.latest().assessedOn()).isEqualTo(D2);
        assertThat(hygieneRow.trend()).isEqualTo(Trend.UP);
        assertThat(hygieneRow.self().level()).as("self-assessment is a marker, not the latest level").isEqualTo(3);
        assertThat(view.items().get(1).trend()).isEqualTo(Trend.SAME);
        assertThat(view.items().get(1).self().isEmpty()).isTrue();
        ItemRow removed = view.items().get(2);
        assertThat(removed.removed()).isTrue();
        assertThat(removed.trend()).isEqualTo(Trend.NEW);
        ItemRow truckRow = view.items().get(3);
        assertThat(truckRow.cells().get(0).isEmpty()).as("an assessment of another checklist leaves the cell empty").isTrue();
        assertThat(truckRow.latest().label()).isEqualTo("Ja");
    }

    @Test
    void aParticipantWithoutSignedAssessmentsHasAnEmptyMatrix() {
        ParticipantProgressionView view = ProgressionCalculator.participant(UUID.randomUUID(), List.of(),
                List.of(item(UUID.randomUUID(), 1, "Punkt", false, false)), List.of(), LABELS);
        assertThat(view.isEmpty()).isTrue();
        assertThat(view.items()).isEmpty();
    }

    @Test
    void onlySelfAssessmentsGiveRowsWithoutColumnsOrLatestLevel() {
        UUID checklist = UUID.randomUUID();
        ItemIn hygiene = item(checklist, 1, "Hygienrutiner", false, false);
        AssessmentIn self = assessment(checklist, D1, "SELF");
        ParticipantProgressionView view = ProgressionCalculator.participant(UUID.randomUUID(), List.of(self),
                List.of(hygiene), List.of(new RatingIn(self.id(), hygiene.id(), 2)), LABELS);
        assertThat(view.assessments()).isEmpty();
        assertThat(view.items()).singleElement().satisfies(row -> {
            assertThat(row.latest().isEmpty()).isTrue();
            assertThat(row.trend()).isNull();
            assertThat(row.self().label()).isEqualTo("Med visst stöd");
        });
    }

    // --- cohort ---------------------------------------------------------------------------------------------------

    @Test
    void cohortColumnsGroupByRequirementItemAcrossChecklistsElsePerChecklistItem() {
        UUID key = UUID.randomUUID();
        UUID anna = UUID.randomUUID();
        UUID bo = UUID.randomUUID();
        UUID workplaceItem = UUID.randomUUID();
        List<CohortRating> ratings = List.of(
                rating(anna, D1, UUID.randomUUID(), key, 1, "Hygien (gammal lydelse)", false, 1),
                rating(anna, D3, UUID.randomUUID(), key, 1, "Hygienrutiner", false, 3),
                rating(bo, D2, UUID.randomUUID(), key, 2, "Hygien i köket", false, 2),
                rating(bo, D1, workplaceItem, null, 5, "Disk", true, 0));

        List<ItemColumn> columns = ProgressionCalculator.columns(ratings);
        assertThat(columns).hasSize(2);
        assertThat(columns.get(0).key()).isEqualTo(key.toString());
        assertThat(columns.get(0).text()).as("worded as most recently assessed").isEqualTo("Hygienrutiner");
        assertThat(columns.get(0).removed()).isFalse();
        assertThat(columns.get(1).key()).isEqualTo("item:" + workplaceItem);
        assertThat(columns.get(1).removed()).isTrue();

        List<TrendCell> annaCells = ProgressionCalculator.cells(columns,
                ratings.stream().filter(r -> r.participantId().equals(anna)).toList(), LABELS);
        assertThat(annaCells.get(0).level().level()).isEqualTo(3);
        assertThat(annaCells.get(0).trend()).isEqualTo(Trend.UP);
        assertThat(annaCells.get(1)).isEqualTo(TrendCell.EMPTY);
        List<TrendCell> boCells = ProgressionCalculator.cells(columns,
                ratings.stream().filter(r -> r.participantId().equals(bo)).toList(), LABELS);
        assertThat(boCells.get(0).trend()).isEqualTo(Trend.NEW);
        assertThat(boCells.get(0).level().label()).isEqualTo("Med visst stöd");
        assertThat(boCells.get(1).level().label()).isEqualTo("Inte påbörjat");
    }

    @Test
    void noRatingsGiveNoColumnsAndEmptyRows() {
        assertThat(ProgressionCalculator.columns(List.of())).isEmpty();
        assertThat(ProgressionCalculator.cells(List.of(), List.of(), LABELS)).isEmpty();
    }

    private static Point point(LocalDate on, int level) {
        return new Point(UUID.randomUUID(), on, on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), level);
    }

    private static ItemIn item(UUID checklist, int position, String text, boolean yesNo, boolean removed) {
        return new ItemIn(UUID.randomUUID(), checklist, "Checklista", position, UUID.randomUUID(), text, yesNo, removed);
    }

    private static AssessmentIn assessment(UUID checklist, LocalDate on, String role) {
        return new AssessmentIn(UUID.randomUUID(), checklist, on, on.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                role, "Leila Mansour");
    }

    private static CohortRating rating(UUID participant, LocalDate on, UUID itemId, UUID key, int position,
            String text, boolean removed, int level) {
        return new CohortRating(participant, UUID.randomUUID(), on, on.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                itemId, key, position, text, false, removed, level);
    }
}
