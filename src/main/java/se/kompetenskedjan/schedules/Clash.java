package se.kompetenskedjan.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A course session and a work day on the same date at overlapping times. */
public record Clash(LocalDate date, UUID sessionId, String courseName, LocalTime courseStart, LocalTime courseEnd,
        UUID proposalId, LocalTime workStart, LocalTime workEnd) {
}
