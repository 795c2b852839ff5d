package se.kompetenskedjan.participants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "consent")
class Consent {

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    private String purpose;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_organisation", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "organisation_id")
    private Set<UUID> organisationIds = new HashSet<>();

    protected Consent() {
    }

    Consent(UUID id, UUID participantId, String purpose, Set<UUID> organisationIds, LocalDate givenOn,
            LocalDate validUntil, UUID recordedBy) {
        this.id = id;
        this.participantId = participantId;
        this.purpose = purpose.strip();
        this.organisationIds = new HashSet<>(organisationIds);
        this.givenOn = givenOn;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
    }

    boolean activeOn(LocalDate day) {
        return withdrawnAt == null && !givenOn.isAfter(day) && !validUntil.isBefore(day);
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    void withdraw(Instant now) {
        withdrawnAt = now;
    }

    UUID id() {
        return id;
    }

    UUID participantId() {
        return participantId;
    }

    String purpose() {
        return purpose;
    }

    Set<UUID> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    LocalDate givenOn() {
        return givenOn;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }
}
