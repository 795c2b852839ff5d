package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

public record JourneyEventView(UUID id, JourneyEventType type, LocalDate occurredOn, UUID toStepId, String toStepName,
        String reason, DropoutReason dropoutReason, Outcome outcome, String recordedByName) {
}
