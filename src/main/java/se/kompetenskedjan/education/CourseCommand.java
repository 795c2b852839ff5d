package se.kompetenskedjan.education;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kompetenskedjan.participants.SwedishLevel;

/** A new course of the signed-in user's organisation; swedishLevel is the level a participant reaches, if any. */
public record CourseCommand(
        @NotBlank(message = "{education.course.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotNull(message = "{education.course.kind.required}") CourseKind kind,
        @Size(max = 4000, message = "{field.tooLong}") String description,
        SwedishLevel swedishLevel) {
}
