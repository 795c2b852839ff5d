package se.kompetenskedjan.followup;

import java.time.Instant;
import java.util.UUID;

/** A check-in in a list: whose, for which period, by whom, how many of its flags are open, whether reviewed. */
public record CheckInSummary(UUID id, UUID participantId, CheckInAudience audience, CheckInPeriod period,
        String answeredByName, Instant answeredAt, int flags, int openFlags, boolean reviewed) {
}
