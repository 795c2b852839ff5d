package se.kompetenskedjan.tasks.internal;

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
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.tasks.TaskStatus;

/** Something a named person must do by a date; done once. */
@Entity
@Table(name = "task")
class Task {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String title;
    private String description;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Column(name = "source_kind")
    private String sourceKind;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_by")
    private UUID completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "completion_note")
    private String completionNote;
    @Version
    private long version;

    protected Task() {
    }

    Task(UUID id, UUID organisationId, String title, String description, UUID ownerId, UUID participantId,
            LocalDate dueDate, String sourceKind, UUID sourceId, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.organisationId = organisationId;
        this.title = title;
        this.description = description;
        this.ownerId = ownerId;
        this.participantId = participantId;
        this.dueDate = dueDate;
        this.status = TaskStatus.OPEN;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void complete(UUID by, Instant at, String note) {
        if (status != TaskStatus.OPEN) {
            throw new ConflictException("task.notOpen");
        }
        status = TaskStatus.DONE;
        completedBy = by;
        completedAt = at;
        completionNote = note;
    }

    boolean overdueOn(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate.isBefore(today);
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    UUID ownerId() {
        return ownerId;
    }

    UUID participantId() {
        return participantId;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    TaskStatus status() {
        return status;
    }

    String sourceKind() {
        return sourceKind;
    }

    UUID sourceId() {
        return sourceId;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID completedBy() {
        return completedBy;
    }

    Instant completedAt() {
        return completedAt;
    }

    String completionNote() {
        return completionNote;
    }

    long version() {
        return version;
    }
}
