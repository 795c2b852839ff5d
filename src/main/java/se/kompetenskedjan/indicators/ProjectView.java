package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A project as the indicators use it. {@code participantIds} are the participants taken into the project (ESF:
 * the operation's participants); {@code ladderIds} the ladders whose journeys count; {@code to} null while it runs.
 */
public record ProjectView(UUID id, UUID organisationId, String name, String funderReference, LocalDate from,
        LocalDate to, Set<UUID> ladderIds, Set<UUID> participantIds, long version) {

    public ProjectView {
        ladderIds = Set.copyOf(ladderIds);
        participantIds = Set.copyOf(participantIds);
    }
}
