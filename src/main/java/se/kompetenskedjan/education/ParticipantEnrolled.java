package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

/** A participant was enrolled on a course occasion from a date. */
public record ParticipantEnrolled(UUID enrolmentId, UUID occasionId, UUID courseId, CourseKind courseKind,
        UUID participantId, UUID providerOrganisationId, LocalDate fromDate) {
}
