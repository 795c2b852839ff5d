package se.kompetenskedjan.notifications;

import java.time.Instant;
import java.util.UUID;

/** A message of the outbox as its admins see it: to whom, what about, how it went (the error's kind, no more). */
public record OutboxMessageView(UUID id, String recipient, String subject, OutboxStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
