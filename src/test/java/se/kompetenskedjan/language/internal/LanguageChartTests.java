package se.kompetenskedjan.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;

class LanguageChartTests {

    @Test
    void eachSkillHasItsOwnPatternAndLabelAndTextIsEscaped() {
        UUID a = UUID.randomUUID();
        LanguageProgressView progress = new LanguageProgressView(UUID.randomUUID(), List.of(
                new LanguageProgressView.Series(LanguageSkill.LISTENING, List.of(
                        new LanguageProgressView.Point(LocalDate.of(2026, 1, 10), null, a),
                        new LanguageProgressView.Point(LocalDate.of(2026, 4, 10), CefrLevel.A2, a))),
                new LanguageProgressView.Series(LanguageSkill.SPEAKING, List.of(
                        new LanguageProgressView.Point(LocalDate.of(2026, 1, 10), CefrLevel.A1, a))),
                new LanguageProgressView.Series(LanguageSkill.READING, List.of()),
                new LanguageProgressView.Series(LanguageSkill.WRITING, List.of())), null);

        String svg = LanguageChart.svg(progress, key -> key.equals("language.chart.title") ? "Språk <&> utveckling" : key);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                .contains("<title id=\"language-chart-title\">Språk &lt;&amp;&gt; utveckling</title>")
                .contains("<desc id=\"language-chart-desc\">");
        // one path per skill with points; listening solid, speaking dashed; the dates on the axis
        assertThat(svg.split("<path ", -1)).hasSize(3);
        assertThat(svg).contains("stroke-dasharray=\"8 4\"").contains("2026-01-10").contains("2026-04-10");
        // the legend names all four skills, the line ends name theirs again
        assertThat(svg.split(">language.skill.LISTENING<", -1)).hasSize(3);
        assertThat(svg.split(">language.skill.READING<", -1)).hasSize(2);
        assertThat(svg).contains("<circle").contains("<rect").contains("<polygon");
    }

    @Test
    void labelsOfLinesEndingTogetherAreSpreadApartAndStayInside() {
        List<LanguageChart.EndLabel> together = List.of(new LanguageChart.EndLabel(600, 120, "Tala"),
                new LanguageChart.EndLabel(600, 116, "Hörförståelse"), new LanguageChart.EndLabel(600, 124, "Läsa"),
                new LanguageChart.EndLabel(600, 128, "Skriva"));
        assertThat(LanguageChart.spread(together)).extracting(LanguageChart.EndLabel::text)
                .containsExactly("Hörförståelse", "Tala", "Läsa", "Skriva");
        assertThat(LanguageChart.spread(together)).extracting(LanguageChart.EndLabel::y)
                .containsExactly(116.0, 130.0, 144.0, 158.0);
        List<LanguageChart.EndLabel> apart = List.of(new LanguageChart.EndLabel(600, 50, "Tala"),
                new LanguageChart.EndLabel(600, 200, "Läsa"));
        assertThat(LanguageChart.spread(apart)).isEqualTo(apart);
        List<LanguageChart.EndLabel> atTheBottom = List.of(new LanguageChart.EndLabel(600, 310, "Tala"),
                new LanguageChart.EndLabel(600, 312, "Läsa"));
        assertThat(LanguageChart.spread(atTheBottom)).extracting(LanguageChart.EndLabel::y)
                .containsExactly(LanguageChart.HEIGHT - 18.0, LanguageChart.HEIGHT - 4.0);
    }
}
