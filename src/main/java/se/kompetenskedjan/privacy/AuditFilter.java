package se.kompetenskedjan.privacy;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import se.kompetenskedjan.shared.AuditAction;

/** Filters of the admin's audit list; every part is optional. Dates are inclusive, in Swedish time. */
public record AuditFilter(UUID actorId, UUID participantId, AuditAction action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer page, Integer size) {
}
