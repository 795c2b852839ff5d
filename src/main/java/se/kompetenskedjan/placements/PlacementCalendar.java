package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Internal, for the reminders module: placements by their dates. No access check and no audit entry: the caller shows
 * no participant data, it opens a task for the participant's coordinator. At most 1,000 rows a call, earliest first.
 */
public interface PlacementCalendar {

    /** A participant's placement with its dates (the agreed ones, else the place's). */
    record PlacementDates(UUID proposalId, UUID placementId, PlacementType type, UUID participantId,
            LocalDate startsOn, LocalDate endsOn) {
    }

    /** Placements of the given types, accepted, agreed or active, that start between the dates (inclusive). */
    List<PlacementDates> starting(Set<PlacementType> types, LocalDate from, LocalDate to);

    /**
     * Active placements that end between the dates (inclusive) whose participant has no next step here: no other
     * proposal accepted, agreed or active.
     */
    List<PlacementDates> endingWithoutNextStep(LocalDate from, LocalDate to);
}
