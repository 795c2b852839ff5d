package se.kompetenskedjan.identity;

import java.util.UUID;

public record OrganisationView(UUID id, String name, OrganisationType type, String orgNumber, String municipality,
        boolean platformHost, long version) {
}
