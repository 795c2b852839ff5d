package se.kompetenskedjan.language;

import jakarta.validation.constraints.NotNull;

/** Records the validated Swedish level in the register; {@code participantVersion} is the participant's version read. */
public record SwedishLevelCommand(@NotNull(message = "{participant.version.required}") Long participantVersion) {
}
