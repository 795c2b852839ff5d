package se.kompetenskedjan.placements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The number of staff at a unit, for the share of staff ready to supervise. */
public record StaffingCommand(@NotNull(message = "{staffing.count.required}") @Min(value = 0, message = "{staffing.count.range}")
        @Max(value = 100000, message = "{staffing.count.range}") Integer staffCount) {
}
