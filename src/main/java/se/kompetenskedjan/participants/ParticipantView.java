package se.kompetenskedjan.participants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the register holds about one participant, for those allowed to see it. {@code statusFromJourney}: the
 * status follows the participant's journeys (it cannot be set by hand).
 */
public record ParticipantView(UUID id, UUID organisationId, String firstName, String lastName, String personnummer,
        String reserveIdentity, String email, String phone, String streetAddress, String postalCode, String city,
        Gender gender, Integer birthYear, List<String> languages, SwedishLevel swedishLevel,
        EducationLevel educationLevel, String educationNotes, ReferralSource referralSource, IncomeSource incomeSource,
        boolean needsChildcare, String travelNotes, boolean canCycle, List<String> drivingLicences, String interests,
        UUID coordinatorId, String coordinatorName, ParticipantStatus status, boolean statusFromJourney,
        Instant updatedAt, long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
