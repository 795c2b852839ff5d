package se.kompetenskedjan.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlow.Move;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * The flow's summary sentence and chart from published figures only. A two-step ladder, by hand: from step 1, 5 back
 * to step 1, 20 on to step 2, 6 completed, 9 ended early (40); from step 2, 5 back to step 1, 5 to step 2 again, 10
 * completed, 5 ended early (25). On 20, back 15, completed 16, ended early 14, in all 65.
 */
class FlowViewTests {

    static final Locale SWEDISH = new Locale("sv");
    static final List<List<Move>> MOVES = List.of(List.of(Move.BACK, Move.ON, Move.COMPLETED, Move.ENDED_EARLY),
            List.of(Move.BACK, Move.BACK, Move.COMPLETED, Move.ENDED_EARLY));

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FlowViewTests() {
        messages.setBasenames("i18n/indicatorflow");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    static Figure f(long value) {
        return Figure.shown(value);
    }

    static LadderFlow flow(List<List<Figure>> cells, List<Figure> rowTotals, List<Figure> columnTotals, Figure total) {
        Dimension rows = new Dimension("fromStep", "Från steg", List.of(new Category("a", "Praktik"),
                new Category("b", "Anställning")));
        Dimension columns = new Dimension("toStep", "Till", List.of(new Category("a", "Praktik"),
                new Category("b", "Anställning"), new Category("COMPLETED", "Ut: slutförd"),
                new Category("ENDED_EARLY", "Ut: avslutad i förtid")));
        ProtectedTable table = new ProtectedTable("flow", "Flödet", "ladder-flow", rows, columns, cells, rowTotals,
                columnTotals, total, List.of());
        ProtectedReport report = new ProtectedReport("Flödet", "Hela regionen", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), 5,
                OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC), List.of(table));
        return new LadderFlow(UUID.randomUUID(), "Vårdkedjan", report, MOVES);
    }

    @Test
    void everyFigureShownGivesEverySumInOneSentence() {
        LadderFlow flow = flow(List.of(List.of(f(5), f(20), f(6), f(9)), List.of(f(5), f(5), f(10), f(5))),
                List.of(f(40), f(25)), List.of(f(10), f(25), f(16), f(14)), f(65));
        assertThat(FlowView.summary(flow, messages, SWEDISH)).isEqualTo("Av 65 som lämnade ett steg under perioden "
                + "gick 20 vidare till ett senare steg, 15 tillbaka till ett tidigare steg, 16 ut när resan "
                + "slutfördes och 14 ut i förtid.");
    }

    @Test
    void aSumWithAHiddenPartIsNamedAsNotShownAndNoHiddenValueAppears() {
        LadderFlow flow = flow(List.of(List.of(f(5), f(20), f(6), Figure.secondary()),
                List.of(Figure.small(), f(6), f(10), Figure.small())),
                List.of(f(40), f(25)), List.of(Figure.secondary(), f(26), f(16), Figure.secondary()), f(65));
        String summary = FlowView.summary(flow, messages, SWEDISH);
        assertThat(summary).isEqualTo("Av 65 som lämnade ett steg under perioden gick 20 vidare till ett senare "
                + "steg och 16 ut när resan slutfördes; hur många som gick tillbaka och ut i förtid visas inte, för "
                + "att skydda små grupper.");

        LadderFlow hidden = flow(List.of(List.of(Figure.small(), Figure.small(), Figure.small(), Figure.small()),
                List.of(Figure.small(), Figure.small(), Figure.small(), Figure.small())),
                List.of(Figure.small(), Figure.small()), List.of(Figure.small(), Figure.small(), Figure.small(),
                        Figure.small()), Figure.small());
        assertThat(FlowView.summary(hidden, messages, SWEDISH)).isEqualTo("Av dem som lämnade ett steg under "
                + "perioden: hur många som gick vidare, tillbaka, ut när resan slutfördes och ut i förtid visas inte, "
                + "för att skydda små grupper.");
    }

    @Test
    void theChartHasABarPerShownCellAndTheTextOfEveryProtectedOne() {
        LadderFlow flow = flow(List.of(List.of(f(5), f(20), f(6), Figure.secondary()),
                List.of(Figure.small(), f(6), f(10), Figure.small())),
                List.of(f(40), f(25)), List.of(Figure.secondary(), f(26), f(16), Figure.secondary()), f(65));
        FlowView chart = FlowView.of(flow, messages, SWEDISH);
        assertThat(chart.bars()).hasSize(5);
        assertThat(chart.bars()).extracting(FlowView.Bar::pattern).containsExactly("kk-flow-back", "kk-flow-on",
                "kk-flow-completed", "kk-flow-back", "kk-flow-completed");
        assertThat(chart.bars().get(1).width()).as("the largest figure fills the width").isEqualTo(460);
        assertThat(chart.bars().get(0).width()).isEqualTo(115);
        assertThat(chart.texts()).extracting(FlowView.Text::text).containsExactly("Praktik",
                "Tillbaka → Praktik: 5", "Vidare → Anställning: 20", "Ut: slutförd: 6", "Ut: avslutad i förtid: ..",
                "Anställning", "Tillbaka → Praktik: <5", "Tillbaka → Anställning: 6", "Ut: slutförd: 10",
                "Ut: avslutad i förtid: <5");
        assertThat(chart.texts()).allMatch(t -> t.y() < chart.height());
        assertThat(chart.title()).isEqualTo("Flödet i Vårdkedjan: hur många som gick vidare, tillbaka eller ut från "
                + "varje steg");
    }
}
