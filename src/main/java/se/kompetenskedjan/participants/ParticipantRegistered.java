package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/** A participant was registered by an organisation (no name or personnummer: listeners ask the register). */
public record ParticipantRegistered(UUID participantId, UUID organisationId, UUID coordinatorId,
        ParticipantStatus status, LocalDate registeredOn) {
}
