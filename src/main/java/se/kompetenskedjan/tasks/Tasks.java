package se.kompetenskedjan.tasks;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Tasks with an owner and a due date. A task about a participant is that participant's data: reading it needs the
 * right to read the participant and changing it the right to add to them, each one audited access; a task about no
 * participant is read by its owner, its creator and the coordinators and admins of its organisation.
 */
public interface Tasks {

    /** Opens a task in the signed-in user's name; the owner must be an active user of the same organisation. */
    TaskView open(TaskCommand command);

    /**
     * For other modules: opens the task a source asks for (an action agreed on a check-in, a meeting's decision, a
     * reminder), once per source; asking again returns the task already opened. The caller has checked the user's
     * access to the source; {@code createdBy} is null when the platform itself opens it (a scheduled reminder).
     */
    TaskView openFor(TaskSource source, UUID organisationId, TaskCommand command, UUID createdBy);

    /**
     * For other modules: closes, in the platform's name, the participant's open tasks that the source kind opened
     * (e.g. reminders once the participant has left the chain), with the note given; returns how many. Tasks people
     * opened stay open: a person decides about those.
     */
    int closeOpen(UUID participantId, String sourceKind, String note);

    TaskView get(UUID taskId);

    /** Marks the task done; for its owner, its creator and the coordinators and admins of its organisation. */
    TaskView complete(UUID taskId, TaskCompletion completion);

    /** The signed-in user's tasks, the earliest due first; only open ones unless {@code includeClosed}. */
    PageResult<TaskView> mine(boolean includeClosed, Integer page, Integer size);

    /** The tasks a source opened (e.g. a meeting's decisions), for the source's own pages. */
    List<TaskView> forSource(TaskSource source);

    /** The participant's tasks, open ones first, the earliest due first (at most 100). */
    List<TaskView> forParticipant(UUID participantId);
}
