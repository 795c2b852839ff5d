package se.kompetenskedjan.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A work pattern with the placement's dates it holds within; version is the calendar events' SEQUENCE. */
public record WorkPatternView(UUID proposalId, UUID participantId, List<DayOfWeek> weekdays, Alternation alternation,
        LocalDate firstWeek, DayPart dayPart, LocalTime startTime, LocalTime endTime, LocalDate validFrom,
        LocalDate validTo, long version) {
}
