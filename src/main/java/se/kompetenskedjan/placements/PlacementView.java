package se.kompetenskedjan.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.participants.SwedishLevel;

/**
 * A place as its reader may see it; mayEdit tells whether the signed-in user may change it. managedByName is set when
 * the place is at a workplace without an account: the name of the municipality organisation that handles it for the
 * employer.
 */
public record PlacementView(UUID id, UUID organisationId, String organisationName, UUID unitId, String unitName,
        PlacementType type, String title, String description, String easyDescription, String occupationConceptId,
        String occupationLabel, String ssykCode, UUID profileVersionId, List<UUID> itemKeys, int seats, int seatsTaken,
        int freeSeats, List<ScheduleSlot> schedule, Shift shift, Integer hoursPerWeek, LocalDate startsOn,
        LocalDate endsOn, SwedishLevel minSwedishLevel, List<String> requiredLicences, boolean requiresCycling,
        String softRequirements, String streetAddress, String postalCode, String city, Double latitude,
        Double longitude, String travelDirections, String accessibilityNotes, PlacementStatus status, Sharing sharing,
        List<OrganisationRef> partnerOrganisations, List<SupervisorSlot> supervisors, Instant updatedAt,
        long lockVersion, boolean mayEdit, String managedByName) {

    public record OrganisationRef(UUID id, String name) {
    }

    /** A supervisor who may supervise at this place, with the free slots they have now. */
    public record SupervisorSlot(UUID id, String name, int capacity, int slotsUsed, int freeSlots, boolean willing,
            boolean trained, boolean languageTrained) {
    }
}
