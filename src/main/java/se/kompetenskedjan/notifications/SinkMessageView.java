package se.kompetenskedjan.notifications;

import java.time.Instant;
import java.util.UUID;

/** A mail the demo's sink received instead of a mail server. */
public record SinkMessageView(UUID id, UUID messageId, String to, String subject, String body, Instant deliveredAt) {
}
