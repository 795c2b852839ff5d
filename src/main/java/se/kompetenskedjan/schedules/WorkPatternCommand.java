package se.kompetenskedjan.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A participant's work days on a placement. {@code firstWeek}: any day of the week the alternation counts from
 * (default the placement's first week). Times default from the place's weekly hours on those days (else 08:00–16:00),
 * cut at 12:00 for a morning or an afternoon. {@code version}: the version read, when changing a pattern (409 when
 * stale).
 */
public record WorkPatternCommand(
        @NotEmpty(message = "{schedules.pattern.weekdays.required}")
        @Size(max = 7, message = "{schedules.pattern.weekdays.required}") List<@NotNull DayOfWeek> weekdays,
        @NotNull(message = "{schedules.pattern.alternation.required}") Alternation alternation,
        LocalDate firstWeek,
        @NotNull(message = "{schedules.pattern.dayPart.required}") DayPart dayPart,
        LocalTime startTime, LocalTime endTime, Long version) {
}
