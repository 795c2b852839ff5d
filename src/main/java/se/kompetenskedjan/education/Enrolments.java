package se.kompetenskedjan.education;

import java.util.List;
import java.util.UUID;

/**
 * Enrolments, attendance and results: personal data. Enrolling and ending need the right to change the participant
 * (their coordinators and admins) and, to enrol, a consent that shares the participant with the provider. Teachers of
 * an occasion read its group and record attendance and results; who may read the participant reads their
 * enrolments (a teacher only those on occasions they teach). Every read and write is recorded in the audit trail.
 */
public interface Enrolments {

    /** 409 when the occasion is full or the participant is already enrolled on it. */
    EnrolmentView enrol(UUID occasionId, EnrolmentCommand command);

    EnrolmentView end(UUID enrolmentId, EnrolmentEnd end);

    /** The participant's enrolments, latest first. */
    List<EnrolmentView> forParticipant(UUID participantId);

    /** The occasion's group for its teachers, by name: participants they may read, open and ended enrolments. */
    List<EnrolmentView> group(UUID occasionId);

    AttendanceSheet attendance(UUID sessionId);

    AttendanceSheet recordAttendance(UUID sessionId, AttendanceCommand command);

    EnrolmentView recordResult(UUID enrolmentId, ResultCommand command);

    /** A CSV of the group's sessions so far, one row per participant and session, to fill in and import. */
    String attendanceTemplate(UUID occasionId);

    /** A CSV of the group, one row per enrolment, with results so far. */
    String resultsTemplate(UUID occasionId);

    /** Imports marks from a filled-in attendance template: all rows or, on any bad row, none (CsvImportRejected). */
    CsvImportResult importAttendance(UUID occasionId, String csv);

    CsvImportResult importResults(UUID occasionId, String csv);
}
