package se.kompetenskedjan.profiles;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A whole ladder with all its steps in order: saved at once, or not at all. On change lockVersion must be the one
 * read. template (on create only): a platform template, for the platform host's admins.
 */
public record LadderCommand(
        @NotBlank(message = "{ladder.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 200, message = "{field.tooLong}") String easyName,
        @Size(max = 30, message = "{ladder.steps.tooMany}") List<@NotNull(message = "{ladder.step.required}") @Valid StepCommand> steps,
        Boolean template,
        Long lockVersion) {

    /** The command that writes back a ladder unchanged (with its lockVersion): a start for changes. */
    public static LadderCommand from(LadderView ladder) {
        return new LadderCommand(ladder.name(), ladder.easyName(), ladder.steps().stream().map(StepCommand::from).toList(),
                null, ladder.lockVersion());
    }
}
