package se.kompetenskedjan.profiles;

import java.util.UUID;

/** One row of a ladder or template list. */
public record LadderSummary(UUID id, String name, String easyName, UUID organisationId, boolean template,
        UUID copiedFrom, int stepCount) {
}
