package se.kompetenskedjan.matching;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.kompetenskedjan.placements.ScheduleSlot;

/**
 * What matching needs beyond the register: whether the participant is looking for a place now, a home point (an
 * approximate one is enough: the travel time is an estimate), how they travel and for how long at most, occupations
 * of interest as SSYK codes, and busy hours such as SFI.
 */
public record CandidateProfileCommand(@NotNull(message = "{candidate.seeking.required}") Boolean seeking,
        @DecimalMin(value = "55.0", message = "{placement.latitude.range}") @DecimalMax(value = "69.5", message = "{placement.latitude.range}") Double homeLatitude,
        @DecimalMin(value = "10.5", message = "{placement.longitude.range}") @DecimalMax(value = "24.5", message = "{placement.longitude.range}") Double homeLongitude,
        @NotNull(message = "{candidate.travelMode.required}") TravelMode travelMode,
        @NotNull(message = "{candidate.maxTravel.required}") @Min(value = 5, message = "{candidate.maxTravel.range}")
        @Max(value = 180, message = "{candidate.maxTravel.range}") Integer maxTravelMinutes,
        @Size(max = 20, message = "{candidate.interests.tooMany}") List<@NotNull @Pattern(regexp = "\\d{1,4}", message = "{candidate.interest.format}") String> interests,
        @Size(max = 21, message = "{placement.schedule.tooMany}") List<@NotNull @Valid ScheduleSlot> busy,
        LocalDate availableFrom) {
}
