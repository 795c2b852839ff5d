package se.kompetenskedjan.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What matching knows about a placement (praktikplats, arbetsträning …). Collections are copied (unmodifiable, no
 * nulls); {@code location} and {@code ssykCode} may be null (unknown).
 *
 * @param minSwedishRank lowest Swedish level accepted, as the ordinal of {@code participants.SwedishLevel} (0 = none)
 * @param requiredLicences licence categories the work needs, e.g. "B"
 * @param ssykCode SSYK 2012 code (4 digits) of the place's occupation
 * @param itemTargets requirement item key → level the place requires or trains towards (0–3)
 * @param schedule the place's working hours in a week
 */
record PlacementFacts(UUID placementId, int minSwedishRank, Set<String> requiredLicences, boolean requiresCycling,
        GeoPoint location, String ssykCode, Map<UUID, Integer> itemTargets, List<WeeklySlot> schedule) {

    PlacementFacts {
        Objects.requireNonNull(placementId, "placementId");
        requiredLicences = Set.copyOf(requiredLicences);
        itemTargets = Map.copyOf(itemTargets);
        schedule = List.copyOf(schedule);
    }
}
