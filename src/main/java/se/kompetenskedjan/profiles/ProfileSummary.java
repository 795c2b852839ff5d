package se.kompetenskedjan.profiles;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a profile list: the profile's current version for the viewer (the latest published one, or the
 * draft when nothing is published yet and the viewer may see drafts), and whether a draft is being written.
 */
public record ProfileSummary(UUID profileId, UUID versionId, int version, ProfileStatus status, String title,
        String easyTitle, UUID organisationId, String occupationLabel, String ssykCode, Instant publishedAt,
        int itemCount, boolean hasDraft) {
}
