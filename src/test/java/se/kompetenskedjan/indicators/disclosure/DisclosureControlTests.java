package se.kompetenskedjan.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kompetenskedjan.indicators.disclosure.Tables.GENDER;
import static se.kompetenskedjan.indicators.disclosure.Tables.count;
import static se.kompetenskedjan.indicators.disclosure.Tables.dimension;
import static se.kompetenskedjan.indicators.disclosure.Tables.table;
import static se.kompetenskedjan.indicators.disclosure.Tables.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.Figure.Protection;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * Secondary suppression on hand-built tables (issue 15, item 3): each case is attacked by {@link SubtractionAttack}
 * with SCIP and, where small enough, by listing every completion; where the cheapest protection is clear by hand,
 * the exact cells hidden are asserted, so that it never hides more than needed.
 */
class DisclosureControlTests {

    private static final int T = 5;
    private final DisclosureControl control = new DisclosureControl(T);

    private List<ProtectedTable> protectAndAttack(CountTable... tables) {
        List<CountTable> truth = List.of(tables);
        List<ProtectedTable> published = control.protect(truth);
        SubtractionAttack attack = SubtractionAttack.on(truth, published, T);
        attack.assertSafe();
        return published;
    }

    @Test
    void linkopingsFifteenReferredThreeEndedEarlyAndTwelveActiveByGender() {
        CountTable referred = table("status-by-gender", "referred", dimension("status", "avbrutit", "aktiv"), GENDER,
                new long[][] {{1, 2}, {7, 5}});

        List<ProtectedTable> published = protectAndAttack(referred);

        // kvinna 8, man 7 and the 15 stay; "ended early" is small; the active row goes, its total too, since
        // 15 − 12 would give the 3 and 8 − 7 the one woman who ended early
        assertThat(text(published.get(0), T)).isEqualTo("""
                <5 <5 | <5
                .. .. | ..
                8 7 | 15""");
        SubtractionAttack attack = SubtractionAttack.on(List.of(referred), published, T);
        assertThat(attack.ranges()).filteredOn(r -> r.row() == 0 && r.column() == 0).singleElement()
                .satisfies(r -> assertThat(r.max()).isGreaterThan(r.min()));
        assertThat(attack.exhaustively(15)).isEqualTo(attack.ranges());
    }

    @Test
    void aSmallCellTheRowTotalWouldRevealIsCoveredByTheCheapestRectangle() {
        CountTable table = table("steps", "on-step", dimension("step", "s1", "s2"), dimension("age", "a", "b", "c"),
                new long[][] {{10, 2, 8}, {6, 9, 7}});

        List<ProtectedTable> published = protectAndAttack(table);

        // 2 + 8 + 9 + 7 is the cheapest rectangle through the 2 (10 + 6 + 9 would cost more); totals all shown
        assertThat(text(published.get(0), T)).isEqualTo("""
                10 <5 .. | 20
                6 .. .. | 22
                16 11 15 | 42""");
        SubtractionAttack attack = SubtractionAttack.on(List.of(table), published, T);
        assertThat(attack.exhaustively(42)).isEqualTo(attack.ranges());
    }

    @Test
    void aTableWithoutRowsHasOnlyTotalsOverNothingAndTheOtherTablesAreProtectedAsBefore() {
        CountTable noSteps = table("no-steps", "on-step", dimension("step"), GENDER, new long[0][]);
        CountTable inflow = table("inflow", "inflow", dimension("kind", "new", "returning"), GENDER,
                new long[][] {{10, 2}, {6, 9}});

        List<ProtectedTable> published = new DisclosureControl(5).protect(List.of(noSteps, inflow));

        assertThat(published.get(0).key()).isEqualTo("no-steps");
        assertThat(published.get(0).columnTotals()).containsOnly(Figure.small());
        assertThat(published.get(0).total()).isEqualTo(Figure.small());
        assertThat(published.get(1)).isEqualTo(new DisclosureControl(5).protect(List.of(inflow)).get(0));
        assertThat(published.get(1).cell(0, 1)).isEqualTo(Figure.small());
    }

    @Test
    void aTableWithNoSmallFigureIsShownInFull() {
        CountTable table = table("full", "on-step", dimension("step", "s1", "s2", "s3"), GENDER,
                new long[][] {{5, 6}, {12, 30}, {7, 5}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(text(published.get(0), T)).isEqualTo("""
                5 6 | 11
                12 30 | 42
                7 5 | 12
                24 41 | 65""");
    }

    @Test
    void tableBWouldRevealTheCellTableAHidesSoTheyAreProtectedTogether() {
        Dimension step = dimension("step", "s1", "s2", "s3");
        Dimension all = dimension("all", "antal");
        CountTable a = table("a", "on-step", step, all, new long[][] {{3}, {30}, {40}});
        CountTable b = table("b", "on-step", step, GENDER, new long[][] {{1, 2}, {15, 15}, {38, 2}});

        // protected one at a time, A hides s2 (30, its cheapest) and B the total of s3 (with the 15s it covers
        // the 2 on s3 too), so A's 3 on s1 is 73 − 30 − 40 from B's 30 and A's 40
        List<ProtectedTable> apart = List.of(control.protect(List.of(a)).get(0), control.protect(List.of(b)).get(0));
        assertThat(text(apart.get(0), T)).isEqualTo("""
                <5 | <5
                .. | ..
                40 | 40
                73 | 73""");
        assertThat(text(apart.get(1), T)).isEqualTo("""
                <5 <5 | <5
                .. .. | 30
                38 <5 | ..
                54 19 | 73""");
        assertThat(SubtractionAttack.on(List.of(a, b), apart, T).leaks()).extracting(SubtractionAttack.Range::table)
                .contains("a");

        List<ProtectedTable> together = protectAndAttack(a, b);

        for (int s = 0; s < 3; s++) {
            assertThat(together.get(0).rowTotals().get(s)).isEqualTo(together.get(1).rowTotals().get(s));
        }
    }

    @Test
    void aTotalSharedAcrossRowsAndColumnsOfTwoTablesIsOneFigure() {
        // A counts step by gender, B gender by age band: A's column totals are B's row totals
        Dimension step = dimension("step", "s1", "s2", "s3");
        Dimension age = dimension("age", "u30", "30-54", "55+");
        CountTable a = table("a", "people", step, GENDER, new long[][] {{6, 1}, {9, 12}, {8, 10}});
        CountTable b = table("b", "people", GENDER, age, new long[][] {{10, 8, 5}, {11, 6, 6}});

        List<ProtectedTable> published = protectAndAttack(a, b);

        for (int g = 0; g < 2; g++) {
            assertThat(published.get(0).columnTotals().get(g)).isEqualTo(published.get(1).rowTotals().get(g));
        }
        assertThat(published.get(0).total()).isEqualTo(published.get(1).total());
    }

    @Test
    void nestedTotalsTheGrandTotalTableTheGenderTableAndTheStepTable() {
        Dimension step = dimension("step", "s1", "s2");
        Dimension gender = dimension("gender", "kvinna", "man", "annat");
        Dimension all = dimension("all", "antal");
        Dimension everyone = dimension("everyone", "alla");
        CountTable byStep = table("by-step", "people", step, gender, new long[][] {{10, 9, 1}, {8, 12, 1}});
        CountTable byGender = table("by-gender", "people", gender, all, new long[][] {{18}, {21}, {2}});
        CountTable grand = table("grand", "people", everyone, all, new long[][] {{41}});

        List<ProtectedTable> published = protectAndAttack(byStep, byGender, grand);

        // the 2 of "annat" is neither 41 − 18 − 21 nor a column sum of the step table
        assertThat(published.get(1).cell(2, 0).protection()).isEqualTo(Protection.SMALL);
        assertThat(published.get(2).total()).isEqualTo(published.get(0).total());
    }

    @Test
    void aSingleRowTableHidesTheSmallestOtherCellWithItsColumnTotal() {
        CountTable table = table("one-row", "people", dimension("all", "antal"),
                dimension("outcome", "jobb", "studier", "annat"), new long[][] {{2, 7, 9}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(text(published.get(0), T)).isEqualTo("""
                <5 .. 9 | 18
                <5 .. 9 | 18""");
    }

    @Test
    void aSingleCellTableUnderTheThresholdIsSmallThroughout() {
        CountTable table = table("one", "people", dimension("all", "antal"), dimension("x", "y"), new long[][] {{3}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(text(published.get(0), T)).isEqualTo("""
                <5 | <5
                <5 | <5""");
    }

    @Test
    void aTableWhoseTotalIsUnderTheThresholdShowsNothing() {
        CountTable table = table("tiny", "people", dimension("step", "s1", "s2"), GENDER, new long[][] {{1, 0}, {2, 1}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(count(published.get(0), Protection.SMALL)).isEqualTo(9);
    }

    @Test
    void aTableOfSmallFiguresOnlyNeedsNoSecondarySuppression() {
        CountTable table = table("small", "people", dimension("step", "s1", "s2", "s3"), GENDER,
                new long[][] {{1, 0}, {2, 1}, {0, 0}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(count(published.get(0), Protection.SECONDARY)).isZero();
        SubtractionAttack attack = SubtractionAttack.on(List.of(table), published, T);
        assertThat(attack.exhaustively(4)).isEqualTo(attack.ranges());
    }

    @Test
    void zerosAreSmallAndARowOfZerosIsNotLeftToSubtraction() {
        CountTable table = table("zeros", "people", dimension("step", "s1", "s2", "s3"), GENDER,
                new long[][] {{0, 0}, {10, 12}, {7, 9}});

        List<ProtectedTable> published = protectAndAttack(table);

        assertThat(published.get(0).cell(0, 0).protection()).isEqualTo(Protection.SMALL);
        assertThat(published.get(0).rowTotals().get(0).protection()).isEqualTo(Protection.SMALL);
        SubtractionAttack attack = SubtractionAttack.on(List.of(table), published, T);
        assertThat(attack.exhaustively(38)).isEqualTo(attack.ranges());
    }

    @Test
    void aHiddenFigureAtTheThresholdIsNotGivenAwayByTheLabels() {
        // 4 + 1 = 5: if the total were ".." (at least 5) beside two "<5", 5 would be the only value left
        CountTable table = table("edge", "people", dimension("step", "s1", "s2"), GENDER,
                new long[][] {{4, 1}, {20, 30}});

        List<ProtectedTable> published = protectAndAttack(table);

        SubtractionAttack attack = SubtractionAttack.on(List.of(table), published, T);
        assertThat(attack.exhaustively(55)).isEqualTo(attack.ranges());
    }

    @Test
    void withThresholdOneOnlyZerosAreHeldBackAndNothingElse() {
        DisclosureControl one = new DisclosureControl(1);
        CountTable table = table("t1", "people", dimension("step", "s1", "s2"), GENDER, new long[][] {{0, 3}, {1, 2}});

        List<ProtectedTable> published = one.protect(List.of(table));

        assertThat(text(published.get(0), 1)).isEqualTo("""
                <1 3 | 3
                1 2 | 3
                1 5 | 6""");
    }

    @Test
    void theSameTablesAlwaysGiveTheSameCells() {
        CountTable a = table("a", "people", dimension("step", "s1", "s2", "s3"), GENDER,
                new long[][] {{6, 6}, {2, 6}, {6, 6}});
        CountTable b = table("b", "people", dimension("step", "s1", "s2", "s3"), dimension("age", "x", "y"),
                new long[][] {{6, 6}, {5, 3}, {6, 6}});

        List<ProtectedTable> first = protectAndAttack(a, b);

        for (int i = 0; i < 5; i++) {
            assertThat(control.protect(List.of(a, b))).isEqualTo(first);
        }
    }

    @Test
    void tablesOfOnePopulationThatDisagreeOnASharedTotalAreRefused() {
        CountTable a = table("a", "people", dimension("step", "s1"), GENDER, new long[][] {{6, 6}});
        CountTable b = table("b", "people", dimension("step", "s1"), dimension("age", "x"), new long[][] {{11}});

        assertThatThrownBy(() -> control.protect(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count the same people");
    }

    @Test
    void aTableWithOneDimensionAsBothRowsAndColumnsIsRefused() {
        CountTable flow = table("flow", "moves", dimension("step", "s1", "s2"), dimension("step", "s1", "s2"),
                new long[][] {{6, 6}, {6, 6}});

        assertThatThrownBy(() -> control.protect(List.of(flow))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different keys");
    }

    @Test
    void tablesOfDifferentPopulationsAreNotTied() {
        CountTable a = table("a", "referred", dimension("step", "s1", "s2"), GENDER, new long[][] {{10, 10}, {10, 10}});
        CountTable b = table("b", "ended", dimension("step", "s1", "s2"), GENDER, new long[][] {{2, 10}, {10, 10}});

        List<ProtectedTable> published = protectAndAttack(a, b);

        assertThat(count(published.get(0), Protection.SHOWN)).isEqualTo(9);
    }
}
