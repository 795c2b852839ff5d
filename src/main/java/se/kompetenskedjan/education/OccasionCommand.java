package se.kompetenskedjan.education;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A course occasion (kurstillfälle): its period, seats, teachers (teachers of the provider; none: the teacher who
 * creates it) and the weekly pattern its sessions are generated from, on Swedish dates and Swedish local times.
 */
public record OccasionCommand(
        @NotNull(message = "{education.occasion.startsOn.required}") LocalDate startsOn,
        @NotNull(message = "{education.occasion.endsOn.required}") LocalDate endsOn,
        @NotNull(message = "{education.occasion.seats.required}") @Min(value = 1, message = "{education.occasion.seats.range}")
        @Max(value = 500, message = "{education.occasion.seats.range}") Integer seats,
        @NotEmpty(message = "{education.occasion.weekdays.required}") Set<DayOfWeek> weekdays,
        @NotNull(message = "{education.occasion.startTime.required}") LocalTime startTime,
        @NotNull(message = "{education.occasion.endTime.required}") LocalTime endTime,
        @NotBlank(message = "{education.occasion.place.required}") @Size(max = 200, message = "{field.tooLong}") String place,
        @Size(max = 10, message = "{education.occasion.teachers.tooMany}") List<UUID> teacherIds) {
}
