package se.kompetenskedjan.checklists.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/** A refused change as the pages' error summary shows it: each problem's field (for the link) and Swedish message. */
public record Problems(List<Problem> items) {

    public record Problem(String field, String message) {
    }

    static Problems of(InvalidFieldException e, MessageSource messages) {
        return new Problems(e.problems().stream().map(p -> new Problem(p.field(),
                messages.getMessage(p.messageKey(), null, p.messageKey(), LocaleContextHolder.getLocale()))).toList());
    }

    /** As of(e, messages), with each problem's field renamed (e.g. a rating's index to its item's radio group). */
    static Problems of(InvalidFieldException e, MessageSource messages, java.util.function.UnaryOperator<String> field) {
        Problems problems = of(e, messages);
        return new Problems(problems.items().stream().map(p -> new Problem(field.apply(p.field()), p.message())).toList());
    }

    static Problems of(ConflictException e, MessageSource messages) {
        return new Problems(List.of(new Problem(null,
                messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()))));
    }

    static Problems of(String field, String key, MessageSource messages) {
        return new Problems(List.of(new Problem(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))));
    }

    /** The message for one field, or null. */
    public String forField(String field) {
        return items.stream().filter(p -> field.equals(p.field())).map(Problem::message).findFirst().orElse(null);
    }
}
