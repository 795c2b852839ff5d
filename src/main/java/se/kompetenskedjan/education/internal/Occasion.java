package se.kompetenskedjan.education.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course occasion; the weekly pattern is kept as it was given, the sessions it generated are rows of their own. */
@Entity
@Table(name = "education_occasion")
class Occasion {

    @Id
    private UUID id;
    @Column(name = "course_id")
    private UUID courseId;
    @Column(name = "provider_organisation_id")
    private UUID providerOrganisationId;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private int seats;
    private String weekdays;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private String place;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "education_occasion_teacher", joinColumns = @JoinColumn(name = "occasion_id"))
    @Column(name = "teacher_id")
    private Set<UUID> teacherIds = new LinkedHashSet<>();
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Occasion() {
    }

    Occasion(UUID id, Course course, LocalDate startsOn, LocalDate endsOn, int seats, Collection<DayOfWeek> weekdays,
            LocalTime startTime, LocalTime endTime, String place, Collection<UUID> teacherIds, UUID createdBy,
            Instant createdAt) {
        this.id = id;
        this.courseId = course.id();
        this.providerOrganisationId = course.providerOrganisationId();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.seats = seats;
        this.weekdays = weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
        this.teacherIds.addAll(teacherIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean taughtBy(UUID userId) {
        return teacherIds.contains(userId);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    UUID providerOrganisationId() {
        return providerOrganisationId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    int seats() {
        return seats;
    }

    List<DayOfWeek> weekdays() {
        return Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).sorted().toList();
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

    Set<UUID> teacherIds() {
        return Set.copyOf(teacherIds);
    }
}
