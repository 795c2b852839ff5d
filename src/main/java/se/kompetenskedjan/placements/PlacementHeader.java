package se.kompetenskedjan.placements;

import java.util.UUID;

/** A place's id, owning organisation, unit, title, occupation and start, for other modules' lists and access rules. */
public record PlacementHeader(UUID id, UUID organisationId, UUID unitId, String title, String ssykCode,
        String occupationConceptId, java.time.LocalDate startsOn) {
}
