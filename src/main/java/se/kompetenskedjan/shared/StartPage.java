package se.kompetenskedjan.shared;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the start pages show, gathered from the modules: what needs the user now ({@link AttentionSource}, the most
 * urgent first, nothing with a count of zero) and headline figures ({@link HeadlineFigureSource}) with every group
 * under the statistics threshold held back.
 */
@Component
public class StartPage {

    /** A figure as shown: its count, or none when the group is under the threshold ("färre än 5"). */
    public record ShownFigure(String messageKey, Long count) {

        public boolean heldBack() {
            return count == null;
        }
    }

    private final List<AttentionSource> attentionSources;
    private final List<HeadlineFigureSource> figureSources;
    private final int threshold;

    StartPage(List<AttentionSource> attentionSources, List<HeadlineFigureSource> figureSources,
            @Value("${kk.statistics.threshold:5}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("kk.statistics.threshold must be at least 1: " + threshold);
        }
        this.attentionSources = attentionSources;
        this.figureSources = figureSources;
        this.threshold = threshold;
    }

    public List<Attention> attention() {
        return attentionSources.stream()
                .flatMap(source -> source.forCurrentUser().stream())
                .filter(item -> item.count() > 0)
                .sorted(Comparator.comparing(Attention::urgency))
                .toList();
    }

    /** A group of 0 is held back too: "nobody got a job" says as much about each of a small group as a 1 does. */
    public List<ShownFigure> figures() {
        return figureSources.stream()
                .flatMap(source -> source.forCurrentUser().stream())
                .map(figure -> new ShownFigure(figure.messageKey(), figure.count() < threshold ? null : figure.count()))
                .toList();
    }

    public int threshold() {
        return threshold;
    }
}
