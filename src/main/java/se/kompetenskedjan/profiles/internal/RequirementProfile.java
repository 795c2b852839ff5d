package se.kompetenskedjan.profiles.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stable identity of a requirement profile; its content lives in {@link ProfileVersion}s. */
@Entity
@Table(name = "requirement_profile")
class RequirementProfile {

    @Id
    private UUID id;
    /** Null: a platform profile. */
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected RequirementProfile() {
    }

    RequirementProfile(UUID id, UUID organisationId, Instant at) {
        this.id = id;
        this.organisationId = organisationId;
        this.createdAt = at;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }
}
