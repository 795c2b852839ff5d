package se.kompetenskedjan.indicators.disclosure;

import java.util.ArrayList;
import java.util.List;

import se.kompetenskedjan.indicators.Figure.Protection;

/**
 * The report's figures with what is published of each: its value, "<threshold" or "..". What a label tells is
 * public too, and the audit uses it: a figure shown as "<5" is 0 to 4, and one hidden as ".." is at least 5, since
 * only figures that could have been shown are hidden as "..".
 */
final class Publication {

    /** Above any count: what an attacker knows of a ".." with no published total above it. */
    static final long UNBOUNDED = 1L << 40;

    private final LinkedFigures figures;
    private final int threshold;
    private final Protection[] protection;

    Publication(LinkedFigures figures, int threshold) {
        this.figures = figures;
        this.threshold = threshold;
        this.protection = new Protection[figures.size()];
        for (int f = 0; f < figures.size(); f++) {
            protection[f] = figures.value(f) < threshold ? Protection.SMALL : Protection.SHOWN;
        }
    }

    LinkedFigures figures() {
        return figures;
    }

    int threshold() {
        return threshold;
    }

    Protection protection(int figure) {
        return protection[figure];
    }

    boolean isHidden(int figure) {
        return protection[figure] != Protection.SHOWN;
    }

    void hide(int figure) {
        if (protection[figure] != Protection.SHOWN) {
            throw new IllegalStateException("Already hidden: " + figure);
        }
        protection[figure] = Protection.SECONDARY;
    }

    /** The least value the figure's label allows. */
    long low(int figure) {
        return switch (protection[figure]) {
            case SHOWN -> figures.value(figure);
            case SMALL -> 0;
            case SECONDARY -> threshold;
        };
    }

    /** The greatest value the figure's label allows. */
    long high(int figure) {
        return switch (protection[figure]) {
            case SHOWN -> figures.value(figure);
            case SMALL -> threshold - 1;
            case SECONDARY -> UNBOUNDED;
        };
    }

    /** Hidden figures whose label alone leaves more than one value (with threshold 1, "<1" can only be 0). */
    List<Integer> hiddenWithRange() {
        List<Integer> hidden = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            if (isHidden(f) && low(f) < high(f)) {
                hidden.add(f);
            }
        }
        return hidden;
    }
}
