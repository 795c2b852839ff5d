package se.kompetenskedjan.education.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.shared.ConflictException;

/** One concrete session of an occasion, on a Swedish date at Swedish local times. */
@Entity
@Table(name = "education_session")
class Session {

    @Id
    private UUID id;
    @Column(name = "occasion_id")
    private UUID occasionId;
    @Column(name = "on_date")
    private LocalDate date;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private String place;
    private boolean cancelled;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Version
    private long version;

    protected Session() {
    }

    Session(UUID id, UUID occasionId, LocalDate date, LocalTime startTime, LocalTime endTime, String place) {
        this.id = id;
        this.occasionId = occasionId;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
    }

    void cancel(String reason) {
        if (cancelled) {
            throw new ConflictException("education.session.alreadyCancelled");
        }
        cancelled = true;
        cancelReason = reason;
    }

    UUID id() {
        return id;
    }

    UUID occasionId() {
        return occasionId;
    }

    LocalDate date() {
        return date;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    String place() {
        return place;
    }

    boolean cancelled() {
        return cancelled;
    }

    String cancelReason() {
        return cancelReason;
    }
}
