package se.kompetenskedjan.education.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.CsvImportRejected;
import se.kompetenskedjan.education.ResultOutcome;

/**
 * The teacher's CSV files: written with semicolons (as Excel opens them in Sweden), read with semicolons or commas.
 * The first column is the enrolment's id, which the template gives each participant; the name column is there for
 * the teacher and is not read back. Values in Swedish words; the API's codes (PRESENT, PASSED, ...) are read too.
 */
final class GroupCsv {

    static final List<String> ATTENDANCE_HEADER = List.of("id", "namn", "datum", "närvaro");
    static final List<String> RESULTS_HEADER = List.of("id", "namn", "resultat", "betyg", "datum");
    static final int MAX_ROWS = 20_000;

    private static final Map<String, AttendanceStatus> STATUS_WORDS = Map.of("närvarande", AttendanceStatus.PRESENT,
            "sen", AttendanceStatus.LATE, "giltig frånvaro", AttendanceStatus.EXCUSED,
            "frånvarande", AttendanceStatus.ABSENT);
    private static final Map<String, ResultOutcome> OUTCOME_WORDS = Map.of("godkänd", ResultOutcome.PASSED,
            "ej godkänd", ResultOutcome.NOT_PASSED, "icke godkänd", ResultOutcome.NOT_PASSED,
            "underkänd", ResultOutcome.NOT_PASSED);

    private GroupCsv() {
    }

    static String word(AttendanceStatus status) {
        return STATUS_WORDS.entrySet().stream().filter(e -> e.getValue() == status).findFirst().orElseThrow().getKey();
    }

    static String word(ResultOutcome outcome) {
        return outcome == ResultOutcome.PASSED ? "godkänd" : "ej godkänd";
    }

    static AttendanceStatus status(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        AttendanceStatus status = STATUS_WORDS.get(key);
        if (status != null) {
            return status;
        }
        try {
            return AttendanceStatus.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ResultOutcome outcome(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        ResultOutcome outcome = OUTCOME_WORDS.get(key);
        if (outcome != null) {
            return outcome;
        }
        try {
            return ResultOutcome.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Parses the file; a missing column, an unreadable file or too many rows is rejected at once. */
    static Rows read(String csv, List<String> header) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        Rows rows = new Rows();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String column : header) {
                if (!column.equals("namn") && !columns.contains(column)) {
                    rows.problems.add(new CsvImportRejected.Problem(1, "education.csv.column.missing",
                            List.of(column)));
                }
            }
            if (!rows.problems.isEmpty()) {
                rows.rejectIfAnyProblem();
            }
            for (CSVRecord record : parser) {
                if (rows.rows.size() >= MAX_ROWS) {
                    rows.problems.add(new CsvImportRejected.Problem(record.getRecordNumber() + 1,
                            "education.csv.tooManyRows", List.of(MAX_ROWS)));
                    break;
                }
                Map<String, String> values = new java.util.HashMap<>();
                record.toMap().forEach((k, v) -> values.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v.strip()));
                rows.rows.add(new Row(record.getRecordNumber() + 1, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CsvImportRejected(List.of(new CsvImportRejected.Problem(1, "education.csv.unreadable", List.of())));
        }
        if (rows.rows.isEmpty() && rows.problems.isEmpty()) {
            rows.problems.add(new CsvImportRejected.Problem(1, "education.csv.empty", List.of()));
        }
        return rows;
    }

    /** One data row and its line number in the file (the header is line 1). */
    record Row(long line, Map<String, String> values) {

        String value(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The rows of a file and the problems found so far; nothing is saved while there is one. */
    static final class Rows {

        private final List<Row> rows = new ArrayList<>();
        private final List<CsvImportRejected.Problem> problems = new ArrayList<>();

        List<Row> rows() {
            return rows;
        }

        void problem(Row row, String key, Object... arguments) {
            problems.add(new CsvImportRejected.Problem(row.line(), key, List.of(arguments)));
        }

        /** The enrolment the row's id names, among those given; null (and a problem) otherwise. */
        Enrolment enrolment(Row row, Map<UUID, Enrolment> enrolments) {
            String id = row.value("id");
            try {
                Enrolment enrolment = enrolments.get(UUID.fromString(id));
                if (enrolment == null) {
                    problem(row, "education.csv.id.unknown", id);
                }
                return enrolment;
            } catch (IllegalArgumentException e) {
                problem(row, "education.csv.id.invalid", id);
                return null;
            }
        }

        LocalDate date(Row row, String column, boolean required) {
            String value = row.value(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(row, "education.csv.date.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(row, "education.csv.date.invalid", value);
                return null;
            }
        }

        void rejectIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw new CsvImportRejected(problems);
            }
        }
    }
}
