package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.kompetenskedjan.participants.SwedishLevel;

/**
 * A whole place, as created or saved: where (unit, address, how to get there), what (type, occupation, requirement
 * profile or a subset of its items), when (period, weekly schedule, shift), how many seats, the hard requirements
 * (Swedish level, driving licences, cycling) and the soft ones, and who sees it. On update, lockVersion is the
 * version read (stale: 409).
 */
public record PlacementCommand(
        @NotNull(message = "{placement.unit.required}") UUID unitId,
        @NotNull(message = "{placement.type.required}") PlacementType type,
        @NotBlank(message = "{placement.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 4000, message = "{field.tooLong}") String description,
        @Size(max = 2000, message = "{field.tooLong}") String easyDescription,
        @Size(max = 50, message = "{field.tooLong}") String occupationConceptId,
        @Size(max = 200, message = "{field.tooLong}") String occupationLabel,
        @Pattern(regexp = "\\d{4}", message = "{placement.ssyk.format}") String ssykCode,
        UUID profileVersionId,
        @Size(max = 100, message = "{placement.items.tooMany}") List<@NotNull UUID> itemKeys,
        @NotNull(message = "{placement.seats.required}") @Min(value = 1, message = "{placement.seats.range}")
        @Max(value = 100, message = "{placement.seats.range}") Integer seats,
        @Size(max = 21, message = "{placement.schedule.tooMany}") List<@NotNull @Valid ScheduleSlot> schedule,
        @NotNull(message = "{placement.shift.required}") Shift shift,
        @Min(value = 1, message = "{placement.hours.range}") @Max(value = 60, message = "{placement.hours.range}") Integer hoursPerWeek,
        @NotNull(message = "{placement.startsOn.required}") LocalDate startsOn,
        LocalDate endsOn,
        SwedishLevel minSwedishLevel,
        @Size(max = 10, message = "{placement.licences.tooMany}") List<@NotNull @Pattern(regexp = "AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|TRUCK", message = "{placement.licence.unknown}") String> requiredLicences,
        Boolean requiresCycling,
        @Size(max = 2000, message = "{field.tooLong}") String softRequirements,
        @Size(max = 200, message = "{field.tooLong}") String streetAddress,
        @Pattern(regexp = "\\d{3} ?\\d{2}", message = "{placement.postalCode.format}") String postalCode,
        @Size(max = 100, message = "{field.tooLong}") String city,
        @DecimalMin(value = "55.0", message = "{placement.latitude.range}") @DecimalMax(value = "69.5", message = "{placement.latitude.range}") Double latitude,
        @DecimalMin(value = "10.5", message = "{placement.longitude.range}") @DecimalMax(value = "24.5", message = "{placement.longitude.range}") Double longitude,
        @Size(max = 1000, message = "{field.tooLong}") String travelDirections,
        @Size(max = 1000, message = "{field.tooLong}") String accessibilityNotes,
        @NotNull(message = "{placement.sharing.required}") Sharing sharing,
        @Size(max = 50, message = "{placement.partners.tooMany}") List<@NotNull UUID> partnerOrganisationIds,
        @Size(max = 20, message = "{placement.supervisors.tooMany}") List<@NotNull UUID> supervisorIds,
        Long lockVersion) {
}
