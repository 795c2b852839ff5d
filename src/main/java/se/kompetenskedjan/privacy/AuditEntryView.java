package se.kompetenskedjan.privacy;

import java.time.Instant;
import java.util.UUID;

import se.kompetenskedjan.shared.AuditAction;

public record AuditEntryView(long id, Instant occurredAt, UUID actorId, String actorName, UUID actorOrganisationId,
        String actorOrganisationName, AuditAction action, UUID participantId, String purpose, String detail) {
}
