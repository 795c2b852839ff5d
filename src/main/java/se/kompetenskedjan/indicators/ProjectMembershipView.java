package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.UUID;

/** A participant's time in a project, by name: taken in on a date, removed on a date (null while they take part). */
public record ProjectMembershipView(UUID participantId, String firstName, String lastName, LocalDate takenInOn,
        LocalDate removedOn) {
}
