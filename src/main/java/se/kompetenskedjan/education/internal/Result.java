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
import se.kompetenskedjan.education.ResultOutcome;

/** The result of one enrolment; recording again replaces it (the events keep the history). */
@Entity
@Table(name = "education_result")
class Result {

    @Id
    @Column(name = "enrolment_id")
    private UUID enrolmentId;
    @Enumerated(EnumType.STRING)
    private ResultOutcome outcome;
    private String grade;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "recorded_by")
    private UUID recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected Result() {
    }

    Result(UUID enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    void record(ResultOutcome value, String gradeText, LocalDate on, UUID by, Instant at) {
        outcome = value;
        grade = gradeText;
        decidedOn = on;
        recordedBy = by;
        recordedAt = at;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    ResultOutcome outcome() {
        return outcome;
    }

    String grade() {
        return grade;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    UUID recordedBy() {
        return recordedBy;
    }
}
