package se.kompetenskedjan.placements;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** A weekly time slot: the hours of a place, or a participant's busy hours (e.g. SFI). */
public record ScheduleSlot(@NotNull(message = "{schedule.day.required}") DayOfWeek day,
        @NotNull(message = "{schedule.from.required}") LocalTime from,
        @NotNull(message = "{schedule.to.required}") LocalTime to) {
}
