package se.kompetenskedjan.education.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.education.CourseKind;
import se.kompetenskedjan.participants.SwedishLevel;

@Entity
@Table(name = "education_course")
class Course {

    @Id
    private UUID id;
    @Column(name = "provider_organisation_id")
    private UUID providerOrganisationId;
    private String name;
    @Enumerated(EnumType.STRING)
    private CourseKind kind;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "swedish_level")
    private SwedishLevel swedishLevel;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Course() {
    }

    Course(UUID id, UUID providerOrganisationId, String name, CourseKind kind, String description,
            SwedishLevel swedishLevel, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.providerOrganisationId = providerOrganisationId;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.swedishLevel = swedishLevel;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID providerOrganisationId() {
        return providerOrganisationId;
    }

    String name() {
        return name;
    }

    CourseKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    SwedishLevel swedishLevel() {
        return swedishLevel;
    }
}
