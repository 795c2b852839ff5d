package se.kompetenskedjan.schedules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant's ISO week ({@code 2026-W53}) from Monday to Sunday: the entries by date and time, the number of days
 * with any entry, and the clashes.
 */
public record WeekView(UUID participantId, String week, LocalDate monday, LocalDate sunday, String previousWeek,
        String nextWeek, List<WeekEntry> entries, int days, int clashes) {

    /** The dates with any entry, in order (for the pages). */
    public List<LocalDate> dates() {
        return entries.stream().map(WeekEntry::date).distinct().sorted().toList();
    }
}
