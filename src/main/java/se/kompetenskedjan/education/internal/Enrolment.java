package se.kompetenskedjan.education.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.education.EnrolmentEndReason;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/** A participant on an occasion from a first day until, once ended, a last day. */
@Entity
@Table(name = "education_enrolment")
class Enrolment {

    @Id
    private UUID id;
    @Column(name = "occasion_id")
    private UUID occasionId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "participant_organisation_id")
    private UUID participantOrganisationId;
    @Column(name = "from_date")
    private LocalDate fromDate;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EnrolmentEndReason endReason;
    @Column(name = "enrolled_by")
    private UUID enrolledBy;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(UUID id, UUID occasionId, UUID participantId, UUID participantOrganisationId, LocalDate fromDate,
            UUID enrolledBy, Instant enrolledAt) {
        this.id = id;
        this.occasionId = occasionId;
        this.participantId = participantId;
        this.participantOrganisationId = participantOrganisationId;
        this.fromDate = fromDate;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = enrolledAt;
    }

    void end(LocalDate on, EnrolmentEndReason reason) {
        if (endedOn != null) {
            throw new ConflictException("education.enrolment.alreadyEnded");
        }
        if (on.isBefore(fromDate)) {
            throw new InvalidFieldException("endedOn", "education.enrolment.endedOn.beforeFrom");
        }
        endedOn = on;
        endReason = reason;
    }

    /** Whether a session on this date belongs to the enrolment: sessions before its first day never count. */
    boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && (endedOn == null || !date.isAfter(endedOn));
    }

    UUID id() {
        return id;
    }

    UUID occasionId() {
        return occasionId;
    }

    UUID participantId() {
        return participantId;
    }

    LocalDate fromDate() {
        return fromDate;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    EnrolmentEndReason endReason() {
        return endReason;
    }

    long version() {
        return version;
    }
}
