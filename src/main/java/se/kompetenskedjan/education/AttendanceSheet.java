package se.kompetenskedjan.education;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The register for one session: the participants enrolled on its day (whom the teacher may read) with their marks
 * (null: none yet).
 */
public record AttendanceSheet(SessionView session, UUID courseId, String courseName, List<Row> rows) {

    @Schema(name = "AttendanceRow")
    public record Row(UUID enrolmentId, UUID participantId, String participantName, AttendanceStatus status) {
    }
}
