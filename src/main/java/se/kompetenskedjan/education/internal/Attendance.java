package se.kompetenskedjan.education.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import se.kompetenskedjan.education.AttendanceStatus;

/** The mark of one enrolled participant at one session; recording again replaces it. */
@Entity
@Table(name = "education_attendance")
@IdClass(Attendance.Key.class)
class Attendance {

    record Key(UUID sessionId, UUID enrolmentId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    private UUID sessionId;
    @Id
    @Column(name = "enrolment_id")
    private UUID enrolmentId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(UUID sessionId, UUID enrolmentId) {
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
    }

    void mark(AttendanceStatus value, UUID by, Instant at) {
        status = value;
        recordedBy = by;
        recordedAt = at;
    }

    UUID sessionId() {
        return sessionId;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    AttendanceStatus status() {
        return status;
    }
}
