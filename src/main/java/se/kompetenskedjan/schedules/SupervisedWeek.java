package se.kompetenskedjan.schedules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The days a supervisor's participants are at the workplace in a week (names where the supervisor may read them). */
public record SupervisedWeek(String week, LocalDate monday, String nextWeek, List<Row> rows) {

    public record Row(UUID participantId, String participantName, UUID proposalId, List<WeekEntry> workDays) {
    }
}
