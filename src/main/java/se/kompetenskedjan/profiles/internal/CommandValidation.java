package se.kompetenskedjan.profiles.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;

/**
 * Runs a command's bean-validation constraints where no controller did (templates, other modules and the demo data
 * calling the facades) and reports them like the API does: field path and message key.
 */
@Component
class CommandValidation {

    private final Validator validator;

    CommandValidation(Validator validator) {
        this.validator = validator;
    }

    List<FieldProblem> problems(Object command) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(
                        v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", ""),
                        key(v.getMessageTemplate()))));
        return problems;
    }

    void check(Object command) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
