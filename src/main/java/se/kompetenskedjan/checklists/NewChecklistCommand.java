package se.kompetenskedjan.checklists;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tailored checklist for a placement: a copy of the template (title defaults to the template's). */
public record NewChecklistCommand(@NotNull(message = "{checklist.template.required}") UUID templateId,
        @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 200, message = "{field.tooLong}") String easyTitle) {
}
