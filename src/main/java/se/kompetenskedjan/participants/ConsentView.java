package se.kompetenskedjan.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ConsentView(UUID id, UUID participantId, String purpose, List<SharedWith> sharedWith, LocalDate givenOn,
        LocalDate validUntil, Instant withdrawnAt, boolean activeToday) {

    public record SharedWith(UUID organisationId, String name) {
    }
}
