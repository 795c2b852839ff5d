package se.kompetenskedjan.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.matching.TravelMode;

/**
 * What matching knows about a participant. Collections are copied (unmodifiable, no nulls); {@code home} may be null
 * (unknown address).
 *
 * @param swedishRank ordinal of {@code participants.SwedishLevel}: NONE = 0, SFI_A = 1 … SAS_UPPER_SECONDARY = 6,
 *                    FLUENT = 7
 * @param drivingLicences licence categories held, e.g. "B", "BE"
 * @param levels requirement item key → the participant's current level on the level scale 0–3
 * @param gaps item key → distance (target − current, &gt; 0) to the target of the participant's plan
 * @param interests SSYK 2012 codes (1–4 digits) of occupations the participant is interested in
 * @param busy recurring times the participant is taken, e.g. SFI lessons
 */
record CandidateFacts(UUID participantId, int swedishRank, Set<String> drivingLicences, boolean canCycle,
        GeoPoint home, TravelMode travelMode, int maxTravelMinutes, Map<UUID, Integer> levels,
        Map<UUID, Integer> gaps, Set<String> interests, List<WeeklySlot> busy) {

    CandidateFacts {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(travelMode, "travelMode");
        if (maxTravelMinutes < 0) {
            throw new IllegalArgumentException("maxTravelMinutes < 0");
        }
        drivingLicences = Set.copyOf(drivingLicences);
        levels = Map.copyOf(levels);
        gaps = Map.copyOf(gaps);
        interests = Set.copyOf(interests);
        busy = List.copyOf(busy);
    }
}
