package se.kompetenskedjan.followup;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A battery's content: its name, who answers it and its questions in order. template: a platform battery offered to
 * every organisation (the platform's admins only). lockVersion: on a change, the version it was read at.
 */
public record BatteryCommand(
        @NotBlank(message = "{checkin.battery.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotNull(message = "{checkin.battery.audience.required}") CheckInAudience audience,
        @NotEmpty(message = "{checkin.battery.questions.required}") @Size(max = 30, message = "{checkin.battery.questions.tooMany}")
        List<@Valid @NotNull BatteryQuestion> questions,
        Boolean template,
        Long lockVersion) {

    /**
     * One question. key: to keep a question of the version read as the same question (its answers compare over
     * time); none for a new one. choices: for CHOICE, two to ten; for other kinds none. required: must be answered.
     */
    public record BatteryQuestion(
            java.util.UUID key,
            @NotNull(message = "{checkin.question.kind.required}") QuestionKind kind,
            @NotBlank(message = "{checkin.question.text.required}") @Size(max = 300, message = "{field.tooLong}") String text,
            @Size(max = 10, message = "{checkin.question.choices.tooMany}")
            List<@NotBlank(message = "{checkin.question.choice.blank}") @Size(max = 100, message = "{field.tooLong}") String> choices,
            boolean required) {
    }
}
