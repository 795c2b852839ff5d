package se.kompetenskedjan.identity;

import java.util.UUID;

/** The signed-in person as every module's policy sees them. participantId is set only for participant accounts. */
public record CurrentUser(UserId id, String username, String displayName, OrganisationId organisationId,
        String organisationName, boolean platformHost, Role role, UUID participantId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isAnyOf(Role... candidates) {
        for (Role candidate : candidates) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
