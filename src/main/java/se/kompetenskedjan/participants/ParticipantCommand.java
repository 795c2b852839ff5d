package se.kompetenskedjan.participants;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a participant. On change, version must be the version that was read: a stale version is a
 * conflict, not a silent overwrite. The status is set here only while no journey decides it: none keeps it (a new
 * participant is REFERRED), and once the participant has a journey a status other than the one the journeys decided
 * is refused (409).
 */
public record ParticipantCommand(
        @NotBlank(message = "{participant.firstName.required}") @Size(max = 100, message = "{field.tooLong}") String firstName,
        @NotBlank(message = "{participant.lastName.required}") @Size(max = 100, message = "{field.tooLong}") String lastName,
        @ValidPersonnummer String personnummer,
        @Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|[A-Za-z0-9-]+", message = "{participant.reserveIdentity.format}") String reserveIdentity,
        @Email(message = "{field.email}") @Size(max = 200, message = "{field.tooLong}") String email,
        @Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|\\+?[0-9 ()-]{5,40}", message = "{field.phone}") String phone,
        @Size(max = 200, message = "{field.tooLong}") String streetAddress,
        @Size(max = 10, message = "{field.tooLong}") @Pattern(regexp = "^$|\\d{3} ?\\d{2}", message = "{field.postalCode}") String postalCode,
        @Size(max = 100, message = "{field.tooLong}") String city,
        @NotNull(message = "{participant.gender.required}") Gender gender,
        @Min(value = 1900, message = "{participant.birthYear.range}") @Max(value = 2100, message = "{participant.birthYear.range}") Integer birthYear,
        @Size(max = 10, message = "{participant.languages.tooMany}") List<@NotNull(message = "{participant.languages.code}") @Pattern(regexp = "[a-z]{2,3}", message = "{participant.languages.code}") String> languages,
        @NotNull(message = "{participant.swedishLevel.required}") SwedishLevel swedishLevel,
        @NotNull(message = "{participant.educationLevel.required}") EducationLevel educationLevel,
        @Size(max = 1000, message = "{field.tooLong}") String educationNotes,
        @NotNull(message = "{participant.referralSource.required}") ReferralSource referralSource,
        @NotNull(message = "{participant.incomeSource.required}") IncomeSource incomeSource,
        Boolean needsChildcare,
        @Size(max = 500, message = "{field.tooLong}") String travelNotes,
        Boolean canCycle,
        @Size(max = 10, message = "{participant.drivingLicences.tooMany}") List<@NotNull(message = "{participant.drivingLicences.code}") @Pattern(regexp = "AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE", message = "{participant.drivingLicences.code}") String> drivingLicences,
        @Size(max = 1000, message = "{field.tooLong}") String interests,
        UUID coordinatorId,
        ParticipantStatus status,
        Long version) {
}
