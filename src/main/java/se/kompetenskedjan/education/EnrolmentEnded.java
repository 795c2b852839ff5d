package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

public record EnrolmentEnded(UUID enrolmentId, UUID occasionId, UUID participantId, LocalDate endedOn,
        EnrolmentEndReason reason) {
}
