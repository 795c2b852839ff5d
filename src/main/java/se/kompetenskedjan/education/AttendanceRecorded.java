package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Marks recorded for one session (a form, an API call or one session's rows of an import). */
public record AttendanceRecorded(UUID sessionId, UUID occasionId, LocalDate date, List<Mark> marks) {

    public record Mark(UUID enrolmentId, UUID participantId, AttendanceStatus status) {
    }

    public AttendanceRecorded {
        marks = List.copyOf(marks);
    }
}
