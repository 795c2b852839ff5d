package se.kompetenskedjan.privacy;

import java.time.LocalDate;
import java.util.UUID;

import se.kompetenskedjan.shared.AuditAction;

/** Filters of the admin's audit list; every part is optional. Dates are inclusive, in Swedish time. */
public record AuditFilter(UUID actorId, UUID participantId, AuditAction action, LocalDate from, LocalDate to,
        Integer page, Integer size) {
}
