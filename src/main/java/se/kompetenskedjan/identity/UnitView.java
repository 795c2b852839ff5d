package se.kompetenskedjan.identity;

import java.util.UUID;

public record UnitView(UUID id, UUID organisationId, String name, String kind, String address, long version) {
}
