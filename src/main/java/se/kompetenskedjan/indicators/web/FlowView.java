package se.kompetenskedjan.indicators.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlow.Move;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * The flow of a ladder as the page draws it (decision 101): an SVG bar chart with a group per step left and a bar
 * per published cell of the flow table (its way and destination written beside it, the way also as a pattern), and a
 * one-sentence summary. Both use only what the table publishes, or sums anyone could add up from shown figures: a
 * protected cell is drawn as no bar with its text, and a sum with a hidden part is named as not shown.
 */
record FlowView(String title, int height, List<Text> texts, List<Bar> bars, String summary) {

    /** Text in the chart at (x, y): a step's name (bold) or a bar's way, destination and figure. */
    record Text(int x, int y, String text, int size, boolean bold) {
    }

    /** A bar: its pattern names the way it went (solid on, hatched back, dotted completed, crossed ended early). */
    record Bar(int x, int y, int width, int height, String pattern) {
    }

    static final int WIDTH = 480;
    private static final int LABEL_X = 8;
    private static final int BAR_X = 8;
    private static final int BAR_WIDTH = 460;
    private static final int LINE = 36;
    private static final int BAR_HEIGHT = 12;

    static FlowView of(LadderFlow flow, MessageSource messages, Locale locale) {
        ProtectedTable table = flow.table();
        int threshold = flow.report().threshold();
        long max = 1;
        for (List<Figure> row : table.cells()) {
            for (Figure f : row) {
                if (f.isShown()) {
                    max = Math.max(max, f.value());
                }
            }
        }
        List<Text> texts = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = LINE;
        for (int r = 0; r < table.rows().size(); r++) {
            texts.add(new Text(LABEL_X, y, table.rows().categories().get(r).label(), 15, true));
            y += 4;
            for (int c = 0; c < table.columns().size(); c++) {
                Move move = flow.move(r, c);
                Figure figure = table.cell(r, c);
                String to = table.columns().categories().get(c).label();
                String label = switch (move) {
                    case ON, BACK -> message(messages, locale, "indicatorflow.move." + move.name()) + " → " + to;
                    case OTHER -> "→ " + to;
                    case COMPLETED, ENDED_EARLY -> to;
                };
                texts.add(new Text(BAR_X, y + 14, label + ": " + figure.text(threshold), 13, false));
                int width = figure.isShown() ? (int) Math.round((double) BAR_WIDTH * figure.value() / max) : 0;
                if (width > 0) {
                    bars.add(new Bar(BAR_X, y + 18, width, BAR_HEIGHT, "kk-flow-" + move.name().toLowerCase(Locale.ROOT)));
                }
                y += LINE;
            }
            y += LINE / 3;
        }
        String title = message(messages, locale, "indicatorflow.chart.title", flow.ladderName());
        return new FlowView(title, y, texts, bars, summary(flow, messages, locale));
    }

    /**
     * One sentence from published figures only: the total, the sums of the ways out (column totals), and the sums
     * on and back when every cell they add up is shown.
     */
    static String summary(LadderFlow flow, MessageSource messages, Locale locale) {
        ProtectedTable table = flow.table();
        Map<Move, Long> sums = new EnumMap<>(Move.class);
        Map<Move, Boolean> known = new EnumMap<>(Move.class);
        for (Move m : List.of(Move.ON, Move.BACK)) {
            sums.put(m, 0L);
            known.put(m, true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Move m = flow.move(r, c);
                if (m == Move.ON || m == Move.BACK) {
                    Figure f = table.cell(r, c);
                    known.put(m, known.get(m) && f.isShown());
                    sums.put(m, sums.get(m) + (f.isShown() ? f.value() : 0));
                }
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            Move m = flow.move(0, c);
            if (m == Move.COMPLETED || m == Move.ENDED_EARLY) {
                Figure f = table.columnTotals().get(c);
                known.put(m, f.isShown());
                sums.put(m, f.isShown() ? f.value() : 0);
            }
        }
        List<String> shown = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Move m : List.of(Move.ON, Move.BACK, Move.COMPLETED, Move.ENDED_EARLY)) {
            if (Boolean.TRUE.equals(known.get(m))) {
                shown.add(message(messages, locale, "indicatorflow.summary." + m.name(), sums.get(m)));
            } else {
                hidden.add(message(messages, locale, "indicatorflow.summary.hidden." + m.name()));
            }
        }
        String and = message(messages, locale, "indicatorflow.summary.and");
        String start = table.total().isShown()
                ? message(messages, locale, "indicatorflow.summary.total", table.total().value())
                : message(messages, locale, "indicatorflow.summary.totalHidden");
        if (hidden.isEmpty()) {
            return message(messages, locale, "indicatorflow.summary.shown", start, join(shown, and));
        }
        if (shown.isEmpty()) {
            return message(messages, locale, "indicatorflow.summary.hiddenOnly", start, join(hidden, and));
        }
        return message(messages, locale, "indicatorflow.summary.shownAndHidden", start, join(shown, and),
                join(hidden, and));
    }

    private static String join(List<String> parts, String and) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }

    private static String message(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
