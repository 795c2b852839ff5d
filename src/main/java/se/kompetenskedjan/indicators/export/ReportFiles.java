package se.kompetenskedjan.indicators.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.shared.IndicatorDefinition;

/**
 * A protected report as files for a funder (issue 15, item 6, decision 96): XLSX (a sheet "Definitioner", then one
 * sheet per table), CSV per table or all tables in a zip, and a PDF report. Only protected figures go in: a hidden
 * figure is written as "<5" or "..", as on the pages. CSV is UTF-8 with a byte order mark, semicolon separated, as
 * Excel with Swedish settings opens it; the report's heading and the table's definitions come first as comment
 * lines starting with "#", then the table with a header row.
 */
@Component
public class ReportFiles {

    static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').setCommentMarker('#').get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] xlsx(ProtectedReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Set<String> names = new HashSet<>();
            Sheet definitions = workbook.createSheet(sheetName(ReportTexts.DEFINITIONS, names));
            int r = 0;
            text(definitions.createRow(r++), 0, report.title(), bold);
            for (String[] line : ReportTexts.heading(report)) {
                Row row = definitions.createRow(r++);
                text(row, 0, line[0], bold);
                text(row, 1, line[1], null);
            }
            r++;
            Row header = definitions.createRow(r++);
            for (int c = 0; c < ReportTexts.DEFINITION_HEADERS.size(); c++) {
                text(header, c, ReportTexts.DEFINITION_HEADERS.get(c), bold);
            }
            for (IndicatorDefinition d : ReportTexts.definitions(report)) {
                Row row = definitions.createRow(r++);
                text(row, 0, d.key(), null);
                text(row, 1, d.name(), wrap);
                text(row, 2, d.definition(), wrap);
                text(row, 3, ReportTexts.kind(d), null);
            }
            definitions.setColumnWidth(0, 24 * 256);
            definitions.setColumnWidth(1, 36 * 256);
            definitions.setColumnWidth(2, 80 * 256);
            definitions.setColumnWidth(3, 22 * 256);
            for (ProtectedTable table : report.tables()) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                int line = 0;
                text(sheet.createRow(line++), 0, table.title(), bold);
                for (List<String> row : rows(table, report.threshold())) {
                    Row cells = sheet.createRow(line++);
                    for (int c = 0; c < row.size(); c++) {
                        String value = row.get(c);
                        boolean heading = line == 2 || c == 0;
                        if (!heading && value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
                            cells.createCell(c).setCellValue(Long.parseLong(value));
                        } else {
                            text(cells, c, value, heading ? bold : null);
                        }
                    }
                }
                line++;
                text(sheet.createRow(line++), 0, ReportTexts.symbols(report.threshold()), null);
                for (IndicatorDefinition d : table.definitions()) {
                    Row row = sheet.createRow(line++);
                    text(row, 0, d.name(), bold);
                    text(row, 1, d.definition() + " (" + ReportTexts.kind(d) + ")", null);
                }
                sheet.setColumnWidth(0, 30 * 256);
                sheet.createFreezePane(1, 2);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table as CSV; an unknown key is refused. */
    public byte[] csv(ProtectedReport report, String tableKey) {
        ProtectedTable table = report.tables().stream().filter(t -> t.key().equals(tableKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Rapporten har ingen tabell " + tableKey));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
                printer.printComment(report.title() + ": " + table.title());
                for (String[] line : ReportTexts.heading(report)) {
                    printer.printComment(line[0] + ": " + line[1]);
                }
                for (IndicatorDefinition d : table.definitions()) {
                    printer.printComment(d.name() + " (" + d.key() + ", " + ReportTexts.kind(d) + "): "
                            + d.definition());
                }
                for (List<String> row : rows(table, report.threshold())) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every table as CSV, one file per table named by its key, in a zip. */
    public byte[] csvZip(ProtectedReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ProtectedTable table : report.tables()) {
                zip.putNextEntry(new ZipEntry(fileName(table.key()) + ".csv"));
                zip.write(csv(report, table.key()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] pdf(ProtectedReport report) {
        return ReportPdf.render(report);
    }

    /** The table as text rows: a header row (row dimension, column categories, total), the rows, the totals. */
    static List<List<String>> rows(ProtectedTable table, int threshold) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(table.rows().label() + " / " + table.columns().label());
        table.columns().categories().stream().map(Category::label).forEach(header::add);
        header.add(ReportTexts.TOTAL);
        rows.add(header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(table.rows().categories().get(r).label());
            for (Figure f : table.cells().get(r)) {
                row.add(f.text(threshold));
            }
            row.add(table.rowTotals().get(r).text(threshold));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(ReportTexts.TOTAL);
        table.columnTotals().forEach(f -> totals.add(f.text(threshold)));
        totals.add(table.total().text(threshold));
        rows.add(totals);
        return rows;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.length() > 31 ? title.substring(0, 31) : title);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    private static String fileName(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
