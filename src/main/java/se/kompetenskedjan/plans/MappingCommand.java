package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Current levels on requirement items of a profile version, each with its source and date; added to the history. */
public record MappingCommand(@NotNull(message = "{mapping.profile.required}") UUID profileVersionId,
        @NotEmpty(message = "{mapping.levels.required}") @Size(max = 200, message = "{mapping.levels.tooMany}")
        List<@NotNull @Valid Level> levels) {

    public record Level(@NotNull(message = "{mapping.item.required}") UUID itemKey,
            @NotNull(message = "{mapping.level.required}") @Min(value = 0, message = "{mapping.level.range}")
            @Max(value = 3, message = "{mapping.level.range}") Integer level,
            @NotNull(message = "{mapping.source.required}") MappingSource source,
            @NotNull(message = "{mapping.date.required}") LocalDate assessedOn,
            @Size(max = 1000, message = "{field.tooLong}") String note) {
    }
}
