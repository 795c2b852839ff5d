package se.kompetenskedjan.identity;

import java.util.UUID;

public record UserView(UUID id, UUID organisationId, UUID unitId, String username, String displayName, String email,
        Role role, boolean enabled, long version) {
}
