package se.kompetenskedjan.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.placements.ScheduleSlot;

public record CandidateProfileView(UUID participantId, boolean seeking, Double homeLatitude, Double homeLongitude,
        TravelMode travelMode, int maxTravelMinutes, List<String> interests, List<ScheduleSlot> busy,
        LocalDate availableFrom) {
}
