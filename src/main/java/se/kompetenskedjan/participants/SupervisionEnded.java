package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision ends with {@code lastDay}: the supervisor no longer sees the participant after it. Carries the
 * supervision's start too, so that a listener that gets it before SupervisionStarted still knows the whole period.
 * Published by the placements module (see SupervisionStarted).
 */
public record SupervisionEnded(UUID supervisionId, UUID participantId, UUID supervisorUserId, UUID unitId,
        LocalDate startsOn, LocalDate lastDay) {
}
