package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/** A participant's place in the chain changed (published along with {@link ParticipantChanged}). */
public record ParticipantStatusChanged(UUID participantId, UUID organisationId, ParticipantStatus from,
        ParticipantStatus to, LocalDate changedOn) {
}
