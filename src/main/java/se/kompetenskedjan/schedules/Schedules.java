package se.kompetenskedjan.schedules;

import java.util.List;
import java.util.UUID;

/**
 * Work patterns and weeks. A pattern is read by those who may read the participant and set by the placement's
 * proposing side and host employer ({@code PlacementWork.mayArrangeWork}); a week by those who may read the
 * participant, and by the participant themself. Each read or write is one audited access to the participant.
 * {@code week}: an ISO week such as {@code 2026-W53}, null for the current (Swedish) week; 400 when malformed.
 */
public interface Schedules {

    /** The placement's pattern; 404 when none is set. */
    WorkPatternView pattern(UUID proposalId);

    /** Sets (or replaces) the pattern, bumping its version; the save goes through with its clashes returned. */
    PatternSaved setPattern(UUID proposalId, WorkPatternCommand command);

    /** What {@link #setPattern} would save and the clashes it would make, without saving (no audit: no data kept). */
    PatternSaved preview(UUID proposalId, WorkPatternCommand command);

    /** The participant's open placements with their patterns, for those who may read the participant. */
    List<WorkArrangement> arrangements(UUID participantId);

    /** One open placement of the participant's, for the pattern form; 403 unless the user may set its pattern. */
    WorkArrangement arrangement(UUID proposalId);

    WeekView week(UUID participantId, String week);

    /** The signed-in participant's own week. */
    WeekView myWeek(String week);

    /** The signed-in supervisor's participants' work days in the week. */
    SupervisedWeek supervised(String week);
}
