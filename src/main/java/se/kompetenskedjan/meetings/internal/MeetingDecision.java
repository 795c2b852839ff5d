package se.kompetenskedjan.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision recorded on a held meeting; its follow-up is the task it became (tasks module), never changed here. */
@Entity
@Table(name = "meeting_decision")
class MeetingDecision {

    @Id
    private UUID id;
    @Column(name = "meeting_id")
    private UUID meetingId;
    private String text;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MeetingDecision() {
    }

    MeetingDecision(UUID id, UUID meetingId, String text, UUID ownerId, LocalDate dueDate, UUID recordedBy,
            Instant recordedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.text = text;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    UUID meetingId() {
        return meetingId;
    }

    String text() {
        return text;
    }

    UUID ownerId() {
        return ownerId;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
