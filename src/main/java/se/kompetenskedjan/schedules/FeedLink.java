package se.kompetenskedjan.schedules;

import java.time.Instant;

/** A calendar feed in force; {@code path} holds the secret token only right after creating it (shown once). */
public record FeedLink(FeedKind kind, Instant createdAt, String path) {
}
