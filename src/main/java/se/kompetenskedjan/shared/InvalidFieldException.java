package se.kompetenskedjan.shared;

import java.util.List;

/** Input that passed the form checks but is still wrong, e.g. an id that points at nothing. */
public class InvalidFieldException extends RuntimeException {

    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    public InvalidFieldException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public InvalidFieldException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
