package se.kompetenskedjan.language.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;

/**
 * The progress chart as inline SVG, drawn on the server (no JavaScript): the level per skill over time. Each skill has
 * its own line pattern and marker shape and is named in the legend and at the end of its line, so nothing depends on
 * colour alone; the page shows the same data as a table next to it.
 */
final class LanguageChart {

    static final int WIDTH = 680;
    static final int HEIGHT = 320;
    private static final int LEFT = 130;
    private static final int RIGHT = 120;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;
    private static final int LABEL_GAP = 14;

    private record Style(String colour, String dash, String marker, int offset) {
    }

    private static Style style(LanguageSkill skill) {
        return switch (skill) {
            case LISTENING -> new Style("#1d70b8", "", "circle", -6);
            case SPEAKING -> new Style("#00703c", "8 4", "square", -2);
            case READING -> new Style("#4c2c92", "2 4", "triangle", 2);
            case WRITING -> new Style("#b58840", "10 4 2 4", "diamond", 6);
        };
    }

    private LanguageChart() {
    }

    /**
     * @param text resolves a message key (skill names, level names, title and description)
     */
    static String svg(LanguageProgressView progress, Function<String, String> text) {
        List<LocalDate> dates = progress.series().stream().flatMap(s -> s.points().stream())
                .map(LanguageProgressView.Point::date).distinct().sorted().toList();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kk-language-chart\" role=\"img\" ")
                .append("aria-labelledby=\"language-chart-title language-chart-desc\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" style=\"max-width:")
                .append(WIDTH).append("px\">");
        svg.append("<title id=\"language-chart-title\">").append(esc(text.apply("language.chart.title"))).append("</title>");
        svg.append("<desc id=\"language-chart-desc\">").append(esc(text.apply("language.chart.desc"))).append("</desc>");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        // horizontal grid lines with level names (0: not yet A1)
        for (int rank = 0; rank <= 4; rank++) {
            double y = y(rank, plotHeight);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
                    LEFT, y, LEFT + plotWidth, y));
            String label = rank == 0 ? text.apply("language.level.none") : CefrLevel.values()[rank - 1].name() + " ("
                    + String.join("/", CefrLevel.values()[rank - 1].sfiCourses().stream()
                            .map(c -> text.apply("language.sfi." + c.name())).toList()) + ")";
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>",
                    LEFT - 8, y + 4, esc(label)));
        }
        // dates on the time axis
        for (LocalDate date : dates) {
            double x = x(date, dates, plotWidth);
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
                    x, HEIGHT - BOTTOM + 18, date));
        }
        // legend
        int legendX = LEFT;
        for (LanguageSkill skill : LanguageSkill.values()) {
            Style s = style(skill);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"20\" stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"%s\"/>",
                    legendX, legendX + 28, s.colour(), s.dash()));
            svg.append(marker(s, legendX + 14, 20));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
                    legendX + 34, esc(text.apply("language.skill." + skill.name()))));
            legendX += 120;
        }
        // a line per skill, labelled at its end (labels of lines ending close together are spread apart)
        List<EndLabel> endLabels = new ArrayList<>();
        for (LanguageProgressView.Series series : progress.series()) {
            if (series.points().isEmpty()) {
                continue;
            }
            Style s = style(series.skill());
            StringBuilder path = new StringBuilder();
            double lastX = 0;
            double lastY = 0;
            for (LanguageProgressView.Point point : series.points()) {
                lastX = x(point.date(), dates, plotWidth);
                lastY = y(point.level() == null ? 0 : point.level().rank(), plotHeight) + s.offset();
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", lastX, lastY));
            }
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"%s\"/>",
                    path, s.colour(), s.dash()));
            for (LanguageProgressView.Point point : series.points()) {
                svg.append(marker(s, x(point.date(), dates, plotWidth),
                        y(point.level() == null ? 0 : point.level().rank(), plotHeight) + s.offset()));
            }
            endLabels.add(new EndLabel(lastX + 10, lastY + 4, text.apply("language.skill." + series.skill().name())));
        }
        for (EndLabel label : spread(endLabels)) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
                    label.x(), label.y(), esc(label.text())));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** A line's name at its end. */
    record EndLabel(double x, double y, String text) {
    }

    /** The labels top to bottom, each at least a line of text below the one above it. */
    static List<EndLabel> spread(List<EndLabel> labels) {
        List<EndLabel> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(EndLabel::y));
        List<EndLabel> spread = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (EndLabel label : sorted) {
            double y = Math.max(label.y(), previous + LABEL_GAP);
            spread.add(new EndLabel(label.x(), y, label.text()));
            previous = y;
        }
        // pushed below the chart: move the group up instead
        double overflow = previous - (HEIGHT - 4);
        return overflow <= 0 ? spread : spread.stream()
                .map(l -> new EndLabel(l.x(), l.y() - overflow, l.text())).toList();
    }

    private static double y(int rank, int plotHeight) {
        return TOP + plotHeight - rank * (plotHeight / 4.0);
    }

    private static double x(LocalDate date, List<LocalDate> dates, int plotWidth) {
        if (dates.size() < 2) {
            return LEFT + plotWidth / 2.0;
        }
        long span = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        return LEFT + 10 + (plotWidth - 20) * (double) ChronoUnit.DAYS.between(dates.get(0), date) / span;
    }

    private static String marker(Style s, double x, double y) {
        return switch (s.marker()) {
            case "circle" -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x, y, s.colour());
            case "square" -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    x - 5, y - 5, s.colour());
            case "triangle" -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                    x, y - 6, x + 6, y + 5, x - 6, y + 5, s.colour());
            default -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                    x, y - 6, x + 6, y, x, y + 6, x - 6, y, s.colour());
        };
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
