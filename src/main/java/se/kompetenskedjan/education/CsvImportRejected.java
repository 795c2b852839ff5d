package se.kompetenskedjan.education;

import java.util.List;

/** A CSV import with at least one bad row: nothing was saved; each problem names its line (the header is line 1). */
public class CsvImportRejected extends RuntimeException {

    public record Problem(long line, String messageKey, List<Object> arguments) {
    }

    private final List<Problem> problems;

    public CsvImportRejected(List<Problem> problems) {
        super(problems.size() + " bad CSV rows");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
