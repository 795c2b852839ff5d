package se.kompetenskedjan.progression.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import se.kompetenskedjan.progression.CohortMatrixView.ItemColumn;
import se.kompetenskedjan.progression.CohortMatrixView.ParticipantRow;
import se.kompetenskedjan.progression.CohortMatrixView.TrendCell;
import se.kompetenskedjan.progression.CohortMatrixView;

/**
 * Writes the cohort matrix as XLSX or CSV with Swedish headers: name and last assessment date, then per item the
 * level's label, the level as a number (0–3) and the trend. CSV: UTF-8 with a byte order mark and semicolons, as
 * Excel with Swedish settings opens it.
 */
final class MatrixWriter {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    MatrixWriter(MessageSource messages) {
        this.messages = messages;
    }

    List<String> headers(CohortMatrixView matrix) {
        List<String> headers = new ArrayList<>(List.of(text("progression.export.lastName"),
                text("progression.export.firstName"), text("progression.export.lastAssessed")));
        for (ItemColumn column : matrix.columns()) {
            String item = column.removed() ? text("progression.export.removedItem", column.text()) : column.text();
            headers.add(text("progression.export.levelLabel", item));
            headers.add(text("progression.export.levelNumber", item));
            headers.add(text("progression.export.trend", item));
        }
        return headers;
    }

    byte[] csv(CohortMatrixView matrix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
                printer.printRecord(headers(matrix));
                for (ParticipantRow row : matrix.rows().items()) {
                    List<Object> values = new ArrayList<>(List.of(row.lastName(), row.firstName(),
                            row.lastAssessedOn() == null ? "" : row.lastAssessedOn().toString()));
                    for (TrendCell cell : row.cells()) {
                        values.add(cell.level().isEmpty() ? "" : cell.level().label());
                        values.add(cell.level().isEmpty() ? "" : cell.level().level());
                        values.add(cell.trend() == null ? "" : text("progression.trend." + cell.trend()));
                    }
                    printer.printRecord(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(CohortMatrixView matrix) {
        // Streaming: at most 5,000 rows, but only a window of them in memory at a time.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text("progression.export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            List<String> headers = headers(matrix);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(2, 1);
            int r = 1;
            for (ParticipantRow row : matrix.rows().items()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.lastName());
                line.createCell(1).setCellValue(row.firstName());
                if (row.lastAssessedOn() != null) {
                    Cell on = line.createCell(2);
                    on.setCellValue(row.lastAssessedOn());
                    on.setCellStyle(date);
                }
                int c = 3;
                for (TrendCell cell : row.cells()) {
                    if (!cell.level().isEmpty()) {
                        line.createCell(c).setCellValue(cell.level().label());
                        line.createCell(c + 1).setCellValue(cell.level().level());
                    }
                    if (cell.trend() != null) {
                        line.createCell(c + 2).setCellValue(text("progression.trend." + cell.trend()));
                    }
                    c += 3;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }
}
