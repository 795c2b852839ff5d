package se.kompetenskedjan.indicators.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.SwedishTime;

/** The Swedish texts every export of a report carries: its heading lines, the symbols, the definitions. */
final class ReportTexts {

    static final String DEFINITIONS = "Definitioner";
    static final String TOTAL = "Totalt";
    static final List<String> DEFINITION_HEADERS = List.of("Nyckel", "Indikator", "Definition", "Slag");

    private ReportTexts() {
    }

    /** Label and value of each heading line: scope, period, stock date, produced at, threshold. */
    static List<String[]> heading(ProtectedReport report) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Omfattning", report.scope()});
        if (report.from() != null || report.to() != null) {
            lines.add(new String[] {"Period", date(report.from()) + " – " + date(report.to())});
        }
        if (report.on() != null) {
            lines.add(new String[] {"Bestånd per", date(report.on())});
        }
        lines.add(new String[] {"Framställd", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(report.producedAt().atZoneSameInstant(SwedishTime.SWEDEN))});
        lines.add(new String[] {"Skydd", symbols(report.threshold())});
        return lines;
    }

    static String symbols(int threshold) {
        return "<" + threshold + " = färre än " + threshold + " personer (0 inräknat). .. = dold så att ingen grupp "
                + "under " + threshold + " kan räknas fram ur andra tal i rapporten.";
    }

    static String kind(IndicatorDefinition definition) {
        return switch (definition.kind()) {
            case STOCK_ON_DATE -> "Bestånd på dagen";
            case FLOW_IN_PERIOD -> "Flöde under perioden";
        };
    }

    /** Every indicator of the report once, in the order of the tables. */
    static List<IndicatorDefinition> definitions(ProtectedReport report) {
        Map<String, IndicatorDefinition> byKey = new LinkedHashMap<>();
        for (ProtectedTable table : report.tables()) {
            table.definitions().forEach(d -> byKey.putIfAbsent(d.key(), d));
        }
        return List.copyOf(byKey.values());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
