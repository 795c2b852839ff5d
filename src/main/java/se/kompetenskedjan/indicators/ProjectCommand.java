package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A project as created or changed: the funder (e.g. ESF+) and its reference (e.g. 2023-00123) are optional, the
 * period's end too (open while it runs). ladderIds: the ladders whose journeys count. version: on a change, the
 * version read.
 */
public record ProjectCommand(
        @NotBlank(message = "{project.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 100, message = "{field.tooLong}") String funder,
        @Size(max = 100, message = "{field.tooLong}") String funderReference,
        @NotNull(message = "{project.from.required}") LocalDate from,
        LocalDate to,
        @Size(max = 50, message = "{project.ladders.tooMany}") List<@NotNull UUID> ladderIds,
        Long version) {
}
