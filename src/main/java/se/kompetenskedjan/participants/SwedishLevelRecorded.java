package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's Swedish level was recorded in the register (by a register update that changes it, or by another
 * module such as a signed language validation); {@code from} is null when no level was known.
 */
public record SwedishLevelRecorded(UUID participantId, UUID organisationId, SwedishLevel from, SwedishLevel to,
        LocalDate recordedOn) {
}
