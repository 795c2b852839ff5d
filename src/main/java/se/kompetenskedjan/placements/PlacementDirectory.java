package se.kompetenskedjan.placements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Internal reads of the placement bank for other modules (checklists, progression, certificates) that decide access
 * themselves: no visibility check and no audit here. Batched by ids.
 */
public interface PlacementDirectory {

    Optional<PlacementHeader> header(UUID placementId);

    List<PlacementHeader> headers(Collection<UUID> placementIds);

    /**
     * The places of the unit with the occupation (SSYK code or occupation concept id); a null argument does not
     * filter. At least one must be given.
     */
    Set<UUID> placesWith(UUID unitId, String occupation);

    /** Whether the login is that of a supervisor of the place, or of the supervisor of an agreed or active placement there. */
    boolean supervisedBy(UUID placementId, UUID userId);

    /** The participants with a proposal at the place in one of the statuses. */
    Set<UUID> participantsAt(UUID placementId, Collection<ProposalStatus> statuses);

    /** The places where the participant has a proposal in one of the statuses. */
    Set<UUID> placesOf(UUID participantId, Collection<ProposalStatus> statuses);
}
