package se.kompetenskedjan.placements;

import java.util.UUID;

/**
 * Filters for the list of places the signed-in user may see. bank = only open places with free seats (what a
 * participant browses); ownOnly = only the user's organisation's places.
 */
public record PlacementSearch(String query, PlacementType type, PlacementStatus status, UUID unitId, boolean bank,
        boolean ownOnly, Integer page, Integer size) {
}
