package se.kompetenskedjan.profiles;

import java.time.Instant;
import java.util.UUID;

/** One entry of a profile's version history. */
public record ProfileVersionSummary(UUID profileId, UUID versionId, int version, ProfileStatus status, String title,
        Instant publishedAt, Instant createdAt) {
}
