package se.kompetenskedjan.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Follow-up signals of one participant, for the coordinator's caseload: the day of the last check-in (either
 * audience), how many ended periods were missed (see {@link CheckIns#signals}) and the latest of them, and the open
 * flags. lastCheckIn and latestMissed are null when there is none.
 */
public record CheckInSignals(UUID participantId, LocalDate lastCheckIn, int missedPeriods, CheckInPeriod latestMissed,
        int openFlags) {
}
