package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

/** A row in a list of places. */
public record PlacementSummary(UUID id, String title, PlacementType type, PlacementStatus status, Sharing sharing,
        UUID organisationId, String organisationName, UUID unitId, String unitName, String city,
        String occupationLabel, int seats, int freeSeats, LocalDate startsOn, LocalDate endsOn, String easyDescription) {
}
