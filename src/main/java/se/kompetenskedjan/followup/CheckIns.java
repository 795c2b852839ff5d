package se.kompetenskedjan.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Check-ins: the participant answers about themself, their supervisor about them, once per period of the
 * participant's follow-up rhythm; the coordinator (who may change the participant) reads both, reviews them and acts
 * on their flags. Answers are personal data (they may say something about health): every read and write is one
 * audited access through the participants module; a supervisor reads only the check-ins they gave, a participant
 * only their own; other readers of the participant do not see check-ins.
 */
public interface CheckIns {

    /** What the signed-in participant (audience PARTICIPANT) or supervisor (SUPERVISOR) answers now. No audit. */
    CheckInForm form(UUID participantId, CheckInAudience audience);

    CheckInView answer(UUID participantId, CheckInCommand command);

    /** The participant's check-ins the reader may see, the latest period first. */
    PageResult<CheckInSummary> forParticipant(UUID participantId, Integer page, Integer size);

    CheckInView get(UUID checkInId);

    /** Marks the check-in reviewed with the coordinator's note; once (409 after). */
    CheckInView review(UUID checkInId, ReviewCommand command);

    /** Opens a task for an open flag (tasks module, source CHECK_IN_ACTION and the flag's id); 409 if not open. */
    CheckInView turnIntoAction(UUID checkInId, UUID flagId, FlagActionCommand command);

    CheckInView closeFlag(UUID checkInId, UUID flagId, FlagCloseCommand command);

    /** The participants the signed-in supervisor supervises today, with this period's check-in of theirs. */
    List<SupervisedCheckIn> supervised();

    /**
     * For the coordinator's caseload: per participant the reader may see (others are left out; nothing is audited:
     * the caller lists the participants and records that), the last check-in, the missed periods and the open flags.
     * A period is due while the participant stands on a step of a journey whose rule is not NONE, from the first
     * period that begins on the step, and for the after-job rule's weeks after a journey ending with a regular job;
     * it is missed when it has ended without a check-in from the participant and, if a supervision ran during it,
     * without one from the supervisor either. A constant number of queries for any number of participants.
     */
    Map<UUID, CheckInSignals> signals(Collection<UUID> participantIds);
}
