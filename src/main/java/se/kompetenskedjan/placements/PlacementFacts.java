package se.kompetenskedjan.placements;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.participants.SwedishLevel;

/** What matching needs of a place: hard requirements, location, occupation, requirement items, schedule, capacity. */
public record PlacementFacts(UUID id, UUID organisationId, UUID unitId, String title, PlacementType type,
        SwedishLevel minSwedishLevel, List<String> requiredLicences, boolean requiresCycling, Double latitude,
        Double longitude, String ssykCode, UUID profileVersionId, List<UUID> itemKeys, List<ScheduleSlot> schedule,
        int freeSeats, List<SupervisorCapacity> supervisors) {

    /** A supervisor of the place with their free slots. */
    public record SupervisorCapacity(UUID supervisorId, int freeSlots) {
    }
}
