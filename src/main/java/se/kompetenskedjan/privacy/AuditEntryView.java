package se.kompetenskedjan.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import se.kompetenskedjan.shared.AuditAction;

public record AuditEntryView(long id, Instant occurredAt, UUID actorId, String actorName, UUID actorOrganisationId,
        String actorOrganisationName, AuditAction action, UUID participantId, String purpose, String detail) {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    public String occurredAtText() {
        return SWEDISH_TIME.format(occurredAt);
    }
}
