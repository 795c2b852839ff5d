package se.kompetenskedjan.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.disclosure.DisclosureControl;

class ProtectionTests {

    private static final Dimension STEPS = new Dimension("step", "Steg",
            List.of(new Category("s1", "Steg 1"), new Category("s2", "Steg 2")));
    private static final Dimension GENDER = new Dimension("gender", "Kön",
            List.of(new Category("WOMAN", "Kvinna"), new Category("MAN", "Man")));

    private final Protection protection = new Protection(5);

    @Test
    void equalCountsAreProtectedOnceAndGiveWhatTheDisclosureControlGives() {
        List<CountTable> counts = List.of(table(new long[][] {{10, 2}, {6, 9}}));

        List<ProtectedTable> first = protection.protect(counts);
        List<ProtectedTable> again = protection.protect(List.of(table(new long[][] {{10, 2}, {6, 9}})));

        assertThat(again).isSameAs(first);
        assertThat(first).isEqualTo(new DisclosureControl(5).protect(counts));
        assertThat(first.get(0).cell(0, 1)).isEqualTo(Figure.small());
    }

    @Test
    void aChangedCountIsProtectedAnew() {
        List<ProtectedTable> before = protection.protect(List.of(table(new long[][] {{10, 2}, {6, 9}})));
        List<ProtectedTable> after = protection.protect(List.of(table(new long[][] {{10, 7}, {6, 9}})));

        assertThat(after).isNotSameAs(before);
        assertThat(after.get(0).cell(0, 1)).isEqualTo(Figure.shown(7));
    }

    private static CountTable table(long[][] counts) {
        return new CountTable("onStep", "Deltagare per steg", "onStep", STEPS, GENDER, counts, List.of());
    }
}
