package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Meetings and their decisions. Coordinators and admins plan any kind; employer managers workplace meetings and
 * three-party meetings about participants they may read. A meeting is read by its attendees, its creator and the
 * coordinators and admins of the organiser organisation, and changed (while planned), cancelled or recorded as held by
 * its creator and those coordinators and admins. A three-party meeting is the participant's data: every attendee must
 * be allowed to read the participant, and each read or write of it is one audited access through the participants
 * module; a reader who may no longer read the participant does not see it.
 */
public interface Meetings {

    /** Plans a meeting, organised by the signed-in user's organisation. */
    MeetingView plan(MeetingCommand command);

    MeetingView get(UUID meetingId);

    /** Changes a planned meeting; {@code command.lockVersion()} is the version read (409 when stale). */
    MeetingView change(UUID meetingId, MeetingCommand command);

    MeetingView cancel(UUID meetingId, MeetingCancellation cancellation);

    /** Records that the meeting took place, with its notes; not before its day. */
    MeetingView hold(UUID meetingId, HeldMeetingCommand command);

    /** Records a decision on a held meeting (409 otherwise); the decision becomes its owner's task. */
    DecisionView decide(UUID meetingId, DecisionCommand command);

    /**
     * The signed-in user's meetings (attending or created): upcoming (from today, earliest first) or past (before
     * today, latest first).
     */
    PageResult<MeetingSummary> mine(boolean past, Integer page, Integer size);

    /**
     * Internal, for start pages and calendar feeds: the meetings the user attends or created, from and to (inclusive,
     * Swedish dates), earliest first, at most 200, cancelled ones included (a calendar shows them as cancelled).
     * Checks no rights; a three-party meeting comes without its title and participant.
     */
    List<MeetingSummary> upcomingFor(UUID userId, LocalDate from, LocalDate to);

    /** Decisions the signed-in user may read, the latest meeting first; three-party ones audited as a list read. */
    PageResult<DecisionHit> searchDecisions(DecisionSearch search);

    /** Whether the signed-in user may plan meetings (of any kind). */
    boolean mayPlan();

    /** The kinds the signed-in user may plan. */
    List<MeetingKind> kindsToPlan();
}
