package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A supervisor in the unit's inventory: training done (supervisor training, language-supportive supervision),
 * how many participants at once, part-time, willingness. userId is their login (role supervisor), needed to see the
 * participants placed with them. On update, lockVersion is the version read.
 */
public record SupervisorCommand(@NotNull(message = "{supervisor.unit.required}") UUID unitId, UUID userId,
        @NotBlank(message = "{supervisor.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 200, message = "{field.tooLong}") String title,
        LocalDate supervisorTrainingOn, LocalDate languageTrainingOn,
        @NotNull(message = "{supervisor.capacity.required}") @Min(value = 0, message = "{supervisor.capacity.range}")
        @Max(value = 10, message = "{supervisor.capacity.range}") Integer capacity,
        Boolean partTime, Boolean willing,
        @Size(max = 1000, message = "{field.tooLong}") String notes, Long lockVersion) {
}
