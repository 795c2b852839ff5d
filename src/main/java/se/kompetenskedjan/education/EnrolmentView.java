package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One participant's enrolment on an occasion with its attendance and result; participantName only where the caller
 * reads the participant in a list (the teacher's group).
 */
public record EnrolmentView(UUID id, UUID occasionId, UUID courseId, String courseName, CourseKind courseKind,
        LocalDate occasionStartsOn, LocalDate occasionEndsOn, UUID participantId, String participantName,
        LocalDate fromDate, LocalDate endedOn, EnrolmentEndReason endReason, AttendanceSummary attendance,
        ResultView result, long lockVersion) {
}
