package se.kompetenskedjan.education;

import java.util.List;
import java.util.UUID;

/**
 * The register for one session: the participants enrolled on its day (whom the teacher may read) with their marks
 * (null: none yet).
 */
public record AttendanceSheet(SessionView session, UUID courseId, String courseName, List<Row> rows) {

    public record Row(UUID enrolmentId, UUID participantId, String participantName, AttendanceStatus status) {
    }
}
