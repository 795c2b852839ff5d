package se.kompetenskedjan.handovers.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.handovers.HandoverStatus;
import se.kompetenskedjan.shared.ConflictException;

/** A proposal to move responsibility for a participant; answered once, by the receiver (or withdrawn by the sender). */
@Entity
@Table(name = "handover")
class Handover {

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "from_organisation_id")
    private UUID fromOrganisationId;
    @Column(name = "to_organisation_id")
    private UUID toOrganisationId;
    private String note;
    @Enumerated(EnumType.STRING)
    private HandoverStatus status;
    @Column(name = "proposed_by")
    private UUID proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "coordinator_id")
    private UUID coordinatorId;
    @Version
    private long version;

    protected Handover() {
    }

    Handover(UUID id, UUID participantId, UUID fromOrganisationId, UUID toOrganisationId, String note, UUID proposedBy,
            Instant at) {
        this.id = id;
        this.participantId = participantId;
        this.fromOrganisationId = fromOrganisationId;
        this.toOrganisationId = toOrganisationId;
        this.note = note;
        this.status = HandoverStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    void accept(UUID by, UUID coordinator, Instant at) {
        decide(HandoverStatus.ACCEPTED, by, at);
        this.coordinatorId = coordinator;
    }

    void decline(UUID by, String reason, Instant at) {
        decide(HandoverStatus.DECLINED, by, at);
        this.declineReason = reason;
    }

    void withdraw(UUID by, Instant at) {
        decide(HandoverStatus.WITHDRAWN, by, at);
    }

    private void decide(HandoverStatus outcome, UUID by, Instant at) {
        if (status != HandoverStatus.PROPOSED) {
            throw new ConflictException("handover.notPending");
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID participantId() {
        return participantId;
    }

    UUID fromOrganisationId() {
        return fromOrganisationId;
    }

    UUID toOrganisationId() {
        return toOrganisationId;
    }

    String note() {
        return note;
    }

    HandoverStatus status() {
        return status;
    }

    UUID proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    UUID decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String declineReason() {
        return declineReason;
    }

    UUID coordinatorId() {
        return coordinatorId;
    }

    long version() {
        return version;
    }
}
