package se.kompetenskedjan.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One course session or work day in a week, in Swedish local time. {@code sourceId}: the session, or the placement
 * (proposal); {@code title}: the course's name, or null for a work day; {@code clash}: it overlaps an entry of the
 * other kind.
 */
public record WeekEntry(EntryKind kind, LocalDate date, LocalTime start, LocalTime end, UUID sourceId, String title,
        boolean clash) {
}
