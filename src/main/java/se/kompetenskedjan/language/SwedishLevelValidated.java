package se.kompetenskedjan.language;

import java.time.LocalDate;
import java.util.UUID;

import se.kompetenskedjan.participants.SwedishLevel;

/**
 * A language assessment was signed, so the participant's validated level may have changed: {@code validatedLevel} is
 * the lowest of the four skills' latest signed levels (null while a skill has none), {@code swedishLevel} its place on
 * the register's scale. Recording it in the register is a separate step by staff, which the participants module
 * announces as {@code SwedishLevelRecorded}.
 */
public record SwedishLevelValidated(UUID assessmentId, UUID participantId, UUID participantOrganisationId,
        LanguageAssessorRole assessorRole, LocalDate assessedOn, CefrLevel validatedLevel, SwedishLevel swedishLevel,
        LocalDate signedOn) {
}
