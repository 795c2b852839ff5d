package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/** A participant's register data was changed; {@code version} is the new version of the row. */
public record ParticipantChanged(UUID participantId, UUID organisationId, long version, LocalDate changedOn) {
}
