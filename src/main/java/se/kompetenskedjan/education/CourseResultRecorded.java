package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

public record CourseResultRecorded(UUID enrolmentId, UUID occasionId, UUID courseId, CourseKind courseKind,
        UUID participantId, ResultOutcome outcome, LocalDate decidedOn) {
}
