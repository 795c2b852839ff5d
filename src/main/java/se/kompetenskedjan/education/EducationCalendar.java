package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Internal, for the schedules module (decision 89): sessions by date, not cancelled. No access check and no audit
 * entry: the caller checks the right to the participant (or is the teacher) and records the read. At most 1,000 rows
 * a call, by date and time.
 */
public interface EducationCalendar {

    /**
     * A session; for a participant's sessions also the enrolment that brings them there. {@code version} grows when
     * the session changes.
     */
    record CourseDay(UUID sessionId, UUID occasionId, UUID courseId, String courseName, UUID enrolmentId,
            UUID participantId, LocalDate date, LocalTime start, LocalTime end, long version) {
    }

    /** The participant's sessions between the dates (inclusive) on days their enrolments cover. */
    List<CourseDay> ofParticipant(UUID participantId, LocalDate from, LocalDate to);

    /** The sessions the enrolment covers, from its first day to its end or the occasion's. */
    List<CourseDay> ofEnrolment(UUID enrolmentId);

    /** The sessions of the occasions the teacher teaches, between the dates (no enrolment, no participant). */
    List<CourseDay> taughtBy(UUID teacherUserId, LocalDate from, LocalDate to);

}
