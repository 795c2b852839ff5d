package se.kompetenskedjan.education;

/** What a CSV import saved: the rows with a value (rows left empty are skipped). */
public record CsvImportResult(int saved, int skipped) {
}
