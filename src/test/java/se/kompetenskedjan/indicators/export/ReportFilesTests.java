package se.kompetenskedjan.indicators.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.disclosure.DisclosureControl;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.support.PdfText;

/**
 * The exports of a protected report (issue 15, item 6), each read back by a library other than the one that wrote
 * it: XLSX (Apache POI) by FastExcel, CSV (Commons CSV) by FastCSV, PDF (PDFBox) by OpenPDF. The report is
 * Linköping's 15 referred by gender, protected by {@link DisclosureControl}.
 */
class ReportFilesTests {

    private static final IndicatorDefinition REFERRED = new IndicatorDefinition("journeys.referred",
            "Anvisade deltagare", "Deltagare vars resa började under perioden, efter status på periodens sista dag.",
            IndicatorDefinition.Kind.FLOW_IN_PERIOD);
    private static final IndicatorDefinition SEATS = new IndicatorDefinition("places.seats",
            "Platser (antal platser)", "Platser som var öppna på dagen, med sina antal platser.",
            IndicatorDefinition.Kind.STOCK_ON_DATE);

    private final ReportFiles files = new ReportFiles();
    private final ProtectedReport report = report();

    private static ProtectedReport report() {
        Dimension gender = new Dimension("gender", "Kön", List.of(new Category("WOMAN", "Kvinna"),
                new Category("MAN", "Man")));
        Dimension status = new Dimension("status", "Status", List.of(new Category("ENDED", "Avbrutit i förtid"),
                new Category("ACTIVE", "Aktiv")));
        Dimension workplace = new Dimension("workplace", "Arbetsplats", List.of(new Category("a", "Äldreboendet Ängen"),
                new Category("b", "Hemtjänst Öst")));
        Dimension all = new Dimension("all", "Alla", List.of(new Category("ALL", "Antal")));
        CountTable referred = new CountTable("referred", "Anvisade efter status och kön", "referred", status, gender,
                new long[][] {{1, 2}, {7, 5}}, List.of(REFERRED));
        CountTable seats = new CountTable("seats", "Platser på arbetsplatser", "seats", workplace, all,
                new long[][] {{6}, {9}}, List.of(SEATS));
        var tables = new DisclosureControl(5).protect(List.of(referred, seats));
        return new ProtectedReport("Indikatorer för Kompetenskedjan Linköping", "Projekt Vårdsteget (ESF 2024/00123)",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), 5,
                OffsetDateTime.of(2026, 4, 2, 8, 30, 0, 0, ZoneOffset.UTC), tables);
    }

    @Test
    void theWorkbookHasTheDefinitionsFirstAndOneSheetPerTableWithProtectedCellsAsText() throws IOException {
        byte[] xlsx = files.xlsx(report);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("Definitioner", "Anvisade efter status och kön", "Platser på arbetsplatser");
            List<String> definitions = text(sheets.get(0).read());
            assertThat(definitions).contains("Indikatorer för Kompetenskedjan Linköping",
                    "Omfattning | Projekt Vårdsteget (ESF 2024/00123)", "Period | 2026-01-01 – 2026-03-31",
                    "Bestånd per | 2026-03-31", "Framställd | 2026-04-02 10:30",
                    "Nyckel | Indikator | Definition | Slag",
                    "journeys.referred | Anvisade deltagare | " + REFERRED.definition() + " | Flöde under perioden",
                    "places.seats | Platser (antal platser) | " + SEATS.definition() + " | Bestånd på dagen");

            List<Row> referred = sheets.get(1).read();
            assertThat(text(referred)).containsSubsequence("Anvisade efter status och kön",
                    "Status / Kön | Kvinna | Man | Totalt", "Avbrutit i förtid | <5 | <5 | <5", "Aktiv | .. | .. | ..",
                    "Totalt | 8 | 7 | 15");
            Row totals = referred.stream().filter(r -> "Totalt".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(totals.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(totals.getCell(3).asNumber()).isEqualByComparingTo("15");
            assertThat(text(referred)).anyMatch(line -> line.contains(REFERRED.definition()));
            assertThat(text(sheets.get(2).read())).contains("Arbetsplats / Alla | Antal | Totalt",
                    "Äldreboendet Ängen | 6 | 6", "Hemtjänst Öst | 9 | 9", "Totalt | 15 | 15");
        }
    }

    @Test
    void aTableAsCsvIsSemicolonSeparatedUtf8WithABomAndItsDefinitionsAsCommentLines() throws IOException {
        byte[] csv = files.csv(report, "referred");

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("# Anvisade deltagare (journeys.referred, Flöde under perioden): "
                + REFERRED.definition());
        assertThat(text).startsWith("# Indikatorer för Kompetenskedjan Linköping: Anvisade efter status och kön");
        assertThat(records(text)).containsExactly(
                List.of("Status / Kön", "Kvinna", "Man", "Totalt"),
                List.of("Avbrutit i förtid", "<5", "<5", "<5"),
                List.of("Aktiv", "..", "..", ".."),
                List.of("Totalt", "8", "7", "15"));
    }

    @Test
    void anUnknownTableIsRefused() {
        assertThatThrownBy(() -> files.csv(report, "nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingen tabell");
    }

    @Test
    void theZipHasEveryTableAsCsv() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.csvZip(report)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                entries.put(entry.getName(), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            }
        }

        assertThat(entries).containsOnlyKeys("referred.csv", "seats.csv");
        assertThat(records(entries.get("seats.csv"))).contains(List.of("Äldreboendet Ängen", "6", "6"),
                List.of("Totalt", "15", "15"));
        assertThat(entries.get("seats.csv")).contains(SEATS.definition());
    }

    @Test
    void thePdfReportHasTheTitleScopeTablesSymbolsAndDefinitions() {
        byte[] pdf = files.pdf(report);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Indikatorer för Kompetenskedjan Linköping",
                "Omfattning: Projekt Vårdsteget (ESF 2024/00123)", "Period: 2026-01-01 – 2026-03-31",
                "Anvisade efter status och kön", "Avbrutit i förtid <5 <5 <5", "Aktiv .. .. ..",
                "Totalt 8 7 15", "Äldreboendet Ängen 6 6", "Hemtjänst Öst 9 9", "<5 = färre än 5 personer");
        assertThat(text).contains("Flöde under perioden").contains("Deltagare vars resa började under perioden");
        assertThat(text).contains("Platser som var öppna på dagen");
    }

    @Test
    void thePdfIsTaggedInSwedishAndShowsItsTitle() throws IOException {
        byte[] pdf = files.pdf(report);

        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var catalog = reader.getCatalog();
            assertThat(catalog.getAsDict(com.lowagie.text.pdf.PdfName.MARKINFO)
                    .getAsBoolean(com.lowagie.text.pdf.PdfName.MARKED).booleanValue()).isTrue();
            assertThat(catalog.getAsString(com.lowagie.text.pdf.PdfName.LANG).toString()).isEqualTo("sv-SE");
            assertThat(catalog.getAsDict(com.lowagie.text.pdf.PdfName.STRUCTTREEROOT)).isNotNull();
            assertThat(reader.getInfo().get("Title")).isEqualTo("Indikatorer för Kompetenskedjan Linköping");
            String structure = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
            assertThat(structure).contains("/H1 <</MCID 0>> BDC").contains("/TH <<").contains("/TD <<");
        }
    }

    private static List<String> text(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                if (row.getCell(i) != null) {
                    // numbers as numbers (POI stores 8 as 8.0), everything else as its text
                    cells.add(row.getCell(i).getType() == CellType.NUMBER
                            ? row.getCell(i).asNumber().stripTrailingZeros().toPlainString() : row.getCellText(i));
                }
            }
            lines.add(String.join(" | ", cells));
        }
        return lines;
    }

    private static List<List<String>> records(String text) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';')
                .commentStrategy(CommentStrategy.SKIP).ofCsvRecord(text)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }
}
