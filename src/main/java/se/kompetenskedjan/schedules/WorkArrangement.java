package se.kompetenskedjan.schedules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One of a participant's open placements (accepted, agreed or active) for the schedule page: the place's title, the
 * placement's dates, its work pattern (null when none is set) and whether the signed-in user may set it.
 */
public record WorkArrangement(UUID proposalId, UUID participantId, String placeTitle, LocalDate startsOn, LocalDate endsOn,
        WorkPatternView pattern, boolean mayArrange) {
}
