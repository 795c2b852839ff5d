package se.kompetenskedjan.followup;

import java.util.UUID;

/** A flag became an action: the task of the tasks module opened for it. */
public record FlagTurnedIntoAction(UUID flagId, UUID checkInId, UUID participantId, UUID taskId) {
}
