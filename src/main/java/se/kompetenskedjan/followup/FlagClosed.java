package se.kompetenskedjan.followup;

import java.util.UUID;

/** A flag was closed without an action, with a note. */
public record FlagClosed(UUID flagId, UUID checkInId, UUID participantId) {
}
