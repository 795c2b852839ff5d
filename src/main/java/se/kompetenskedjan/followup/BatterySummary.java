package se.kompetenskedjan.followup;

import java.util.UUID;

/** A battery in a list: the latest version's name and size. */
public record BatterySummary(UUID id, UUID organisationId, String name, CheckInAudience audience, int latestVersion,
        int questions) {
}
