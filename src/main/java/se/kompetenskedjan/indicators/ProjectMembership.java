package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.UUID;

/** A participant's time in a project, without names, for the indicators; removedOn null while they take part. */
public record ProjectMembership(UUID participantId, LocalDate takenInOn, LocalDate removedOn) {
}
