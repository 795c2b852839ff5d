package se.kompetenskedjan.education;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Courses, occasions and their sessions: a catalogue every signed-in user reads (no personal data). A provider
 * organisation's admins and teachers create its courses and occasions and cancel sessions; teachers of an occasion
 * are teachers of the provider.
 */
public interface Courses {

    /** Courses by name, of one provider or of all. */
    PageResult<CourseView> courses(UUID providerOrganisationId, Integer page, Integer size);

    CourseView course(UUID courseId);

    CourseView createCourse(CourseCommand command);

    /** The course's occasions, latest start first. */
    PageResult<OccasionView> occasions(UUID courseId, Integer page, Integer size);

    OccasionView occasion(UUID occasionId);

    /** Creates the occasion and its sessions from the weekly pattern (every weekday of it in the period). */
    OccasionView createOccasion(UUID courseId, OccasionCommand command);

    /** The occasion's sessions in date order, cancelled ones too. */
    List<SessionView> sessions(UUID occasionId);

    SessionView session(UUID sessionId);

    /** Cancels one session; 409 when attendance has been recorded for it. */
    SessionView cancelSession(UUID sessionId, SessionCancellation cancellation);

    /** Occasions not yet over (Swedish date), by start: what a coordinator may enrol a participant on. At most 200. */
    List<OccasionView> openOccasions();

    /** The signed-in teacher's groups: occasions they teach, those still running or starting first. */
    PageResult<OccasionView> myGroups(Integer page, Integer size);

    /** The signed-in teacher's sessions today (Swedish date), by start time, with attendance still to record. */
    List<TeacherSession> myDay();
}
