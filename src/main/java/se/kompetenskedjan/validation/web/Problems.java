package se.kompetenskedjan.validation.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/** A refused change as the pages' error summary shows it: each problem's field (for the link) and Swedish message. */
record Problems(List<Problem> items) {

    record Problem(String field, String message) {
    }

    static Problems of(InvalidFieldException e, MessageSource messages) {
        return new Problems(e.problems().stream().map(p -> new Problem(p.field(),
                messages.getMessage(p.messageKey(), null, p.messageKey(), LocaleContextHolder.getLocale()))).toList());
    }

    static Problems of(ConflictException e, MessageSource messages) {
        return new Problems(List.of(new Problem(null,
                messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()))));
    }

    static Problems of(String field, String key, MessageSource messages) {
        return new Problems(List.of(new Problem(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))));
    }

    /** The message for one field, or null. */
    String forField(String field) {
        return items.stream().filter(p -> field.equals(p.field())).map(Problem::message).findFirst().orElse(null);
    }
}
