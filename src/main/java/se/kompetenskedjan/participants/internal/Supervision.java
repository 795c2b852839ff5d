package se.kompetenskedjan.participants.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "supervision")
class Supervision {

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "supervisor_id")
    private UUID supervisorId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Supervision() {
    }

    Supervision(UUID id, UUID participantId, UUID supervisorId, UUID unitId, LocalDate startsOn, LocalDate endsOn) {
        this.id = id;
        this.participantId = participantId;
        this.supervisorId = supervisorId;
        this.unitId = unitId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    UUID id() {
        return id;
    }

    UUID participantId() {
        return participantId;
    }

    UUID supervisorId() {
        return supervisorId;
    }

    UUID unitId() {
        return unitId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }
}
