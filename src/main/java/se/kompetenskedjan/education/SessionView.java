package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One concrete session (lektion) of an occasion: the Swedish date, its ISO week, local times and the same as instants
 * with Sweden's offset on that day (for calendars), and the place.
 */
public record SessionView(UUID id, UUID occasionId, LocalDate date, int isoWeek, LocalTime startTime,
        LocalTime endTime, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, boolean cancelled,
        String cancelReason) {
}
