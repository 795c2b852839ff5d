package se.kompetenskedjan.participants;

import java.util.List;
import java.util.UUID;

/** What matching needs of a participant from the register: the hard facts it filters on. */
public record ParticipantMatchFacts(UUID id, UUID organisationId, ParticipantStatus status, SwedishLevel swedishLevel,
        List<String> drivingLicences, boolean canCycle) {
}
