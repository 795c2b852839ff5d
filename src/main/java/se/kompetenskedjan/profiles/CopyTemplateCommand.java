package se.kompetenskedjan.profiles;

import jakarta.validation.constraints.Size;

/** Copies a template into the caller's organisation; name and easyName default to the template's. */
public record CopyTemplateCommand(
        @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 200, message = "{field.tooLong}") String easyName) {
}
