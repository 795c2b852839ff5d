package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Projects (issue 15, item 1): a named set of ladders and participants over a period, run by an organisation, e.g.
 * an ESF project with its funder's reference. Its figures are the figures of its participants on its ladders within
 * its period.
 *
 * <p>Seen by the staff of its organisation who see figures (coordinators, admins, employer managers, analysts) and by
 * the region's analysts (those of the platform host); created and changed by the coordinators and admins of its
 * organisation. Other roles get 403; a project the user may not see is 404. Taking a participant in or out is
 * recorded in the participant's audit trail.
 */
public interface Projects {

    /** The project when the signed-in user may see its figures (staff of its organisation, the region's analysts). */
    Optional<ProjectView> find(UUID projectId);

    /** The projects the signed-in user may see, the latest start first. */
    PageResult<ProjectSummary> projects(Integer page, Integer size);

    /** One project with its ladders and how many take part (for analysts: under the threshold held back). */
    ProjectDetails get(UUID projectId);

    /** Creates a project of the signed-in user's organisation (coordinators and admins). */
    ProjectDetails create(ProjectCommand command);

    /** Changes name, funder, period and ladders; {@code command.version()} is the version read (409 when stale). */
    ProjectDetails update(UUID projectId, ProjectCommand command);

    /**
     * Takes a participant into the project from a date within its period. The participant must belong to the
     * project's organisation or be shared with it by a consent (400 otherwise, as for an unknown id); 409 when they
     * already take part.
     */
    ProjectMembershipView takeIn(UUID projectId, ProjectParticipantCommand command);

    /** Ends the participant's current membership on the date (kept as history); 404 when they do not take part. */
    ProjectMembershipView remove(UUID projectId, UUID participantId, ProjectRemovalCommand command);

    /**
     * The project's memberships, current and ended, of the participants the signed-in user may see, by name (a list
     * read in their audit trail). An analyst sees none.
     */
    PageResult<ProjectMembershipView> participants(UUID projectId, Integer page, Integer size);

    /**
     * Internal, for the indicators: every membership of the project (current and ended) with its dates, no names;
     * the signed-in user must be allowed to see the project ({@link #find}).
     */
    List<ProjectMembership> memberships(UUID projectId);

    /** Whether the signed-in user may create projects. */
    boolean mayCreate();
}
