package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Internal, for the schedules module (decision 89): a participant's placements with their dates and the place's
 * weekly hours, to lay the participant's work days out. No access check and no audit entry in the reads: the caller
 * checks the right to the participant and records the read. {@link #mayArrangeWork} is the placement's own rule of who
 * may change the placement's terms (the proposing side and the host employer).
 */
public interface PlacementWork {

    /** One participant in one place: the agreed dates, else the place's; the place's organisation and weekly hours. */
    record WorkPlacement(UUID proposalId, UUID placementId, UUID participantId, UUID hostOrganisationId,
            ProposalStatus status, LocalDate startsOn, LocalDate endsOn, List<ScheduleSlot> slots) {
    }

    Optional<WorkPlacement> placement(UUID proposalId);

    /** The participant's placements accepted, agreed or active (at most 50, latest start first). */
    List<WorkPlacement> ofParticipant(UUID participantId);

    /** The active placements whose participants the user supervises on the day (at most 200). */
    List<WorkPlacement> supervisedBy(UUID supervisorUserId, LocalDate on);

    /**
     * Whether the signed-in user may set the participant's work pattern on the placement: a coordinator or admin of
     * the proposing side or the host employer, the ones who agree its start and write its agreement.
     */
    boolean mayArrangeWork(UUID proposalId);
}
