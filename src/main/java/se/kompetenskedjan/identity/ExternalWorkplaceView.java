package se.kompetenskedjan.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A workplace without an account: its organisation and unit, the contact person, the municipality organisation that
 * manages it and, once the employer has taken it over, when. managed is true while the municipality still acts for
 * the employer; mayEdit and mayHandOver tell what the signed-in user may do with it now.
 */
public record ExternalWorkplaceView(UUID organisationId, UUID unitId, String name, String orgNumber, String address,
        String contactName, String contactEmail, String contactPhone, UUID managedByOrganisationId,
        String managedByName, Instant registeredAt, Instant takenOverAt, boolean managed, boolean mayEdit,
        boolean mayHandOver, long version) {
}
