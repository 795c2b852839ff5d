package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.UUID;

public record SupervisionView(UUID id, UUID participantId, UUID supervisorId, String supervisorName, UUID unitId,
        LocalDate startsOn, LocalDate endsOn) {
}
