package se.kompetenskedjan.workability;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A work-ability form: its name, a description and its questions in order. Saving it again saves a new version (a
 * version never changes); lockVersion: the form's version read (ignored on create).
 */
public record WorkAbilityFormCommand(
        @NotBlank(message = "{workability.form.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 2000, message = "{field.tooLong}") String description,
        @NotEmpty(message = "{workability.form.questions.required}")
        @Size(max = 60, message = "{workability.form.questions.tooMany}") List<@NotNull @Valid Question> questions,
        Long lockVersion) {

    public record Question(@NotNull(message = "{workability.question.area.required}") WorkAbilityArea area,
            @NotBlank(message = "{workability.question.text.required}") @Size(max = 500, message = "{field.tooLong}")
            String text,
            @NotNull(message = "{workability.question.scale.required}")
            @Min(value = 2, message = "{workability.question.scale.range}")
            @Max(value = 7, message = "{workability.question.scale.range}") Integer scaleMax,
            @NotBlank(message = "{workability.question.lowLabel.required}") @Size(max = 100, message = "{field.tooLong}")
            String lowLabel,
            @NotBlank(message = "{workability.question.highLabel.required}") @Size(max = 100, message = "{field.tooLong}")
            String highLabel) {
    }
}
