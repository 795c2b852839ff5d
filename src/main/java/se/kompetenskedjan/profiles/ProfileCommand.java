package se.kompetenskedjan.profiles;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The whole content of a draft version: creates a profile (version 1, a draft) or replaces a draft's content.
 * Items and tasks are saved as given (those left out are removed). On change lockVersion must be the one read; a
 * stale one is a conflict. template (on create only): a platform profile, for the platform host's admins.
 * The occupation is stored as plain fields: a JobTech Taxonomy concept id, its label and the SSYK code.
 */
public record ProfileCommand(
        @NotBlank(message = "{profile.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 200, message = "{field.tooLong}") String easyTitle,
        @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = "^$|[A-Za-z0-9_]{4,20}", message = "{profile.conceptId.format}") String occupationConceptId,
        @Size(max = 200, message = "{field.tooLong}") String occupationLabel,
        @Pattern(regexp = "^$|[0-9]{4}", message = "{profile.ssykCode.format}") String ssykCode,
        @Size(max = 100, message = "{profile.items.tooMany}") List<@NotNull(message = "{profile.item.required}") @Valid RequirementItemCommand> items,
        @Size(max = 100, message = "{profile.tasks.tooMany}") List<@NotNull(message = "{profile.task.required}") @Valid TaskCommand> tasks,
        Boolean template,
        Long lockVersion) {

    /** The command that writes back a version's content unchanged (with its lockVersion): a start for changes. */
    public static ProfileCommand from(ProfileVersionView version) {
        return new ProfileCommand(version.title(), version.easyTitle(), version.occupationConceptId(),
                version.occupationLabel(), version.ssykCode(),
                version.items().stream().map(i -> new RequirementItemCommand(i.itemKey(), i.type(), i.text(),
                        i.easyText(), i.targetLevel(), i.mandatory(), i.skillConceptId(), i.skillLabel())).toList(),
                version.tasks().stream().map(t -> new TaskCommand(t.id(), t.text(), t.easyText(), t.itemKeys()))
                        .toList(),
                null, version.lockVersion());
    }
}
