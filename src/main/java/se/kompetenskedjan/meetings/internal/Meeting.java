package se.kompetenskedjan.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingStatus;
import se.kompetenskedjan.shared.ConflictException;

/** A meeting: planned, then held (with notes, and decisions after that) or cancelled. */
@Entity
@Table(name = "meeting")
class Meeting {

    /** What a plan or a change sets. */
    record Details(String title, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
            String videoLink, Set<UUID> attendees, List<String> agenda) {
    }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    @Column(name = "meeting_date")
    private LocalDate date;
    @Column(name = "starts_at")
    private LocalTime startTime;
    @Column(name = "ends_at")
    private LocalTime endTime;
    private String place;
    @Column(name = "video_link")
    private String videoLink;
    @Column(name = "organiser_organisation_id")
    private UUID organiserOrganisationId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private String notes;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id")
    private Set<UUID> attendees = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> agenda = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(UUID id, MeetingKind kind, UUID organiserOrganisationId, UUID participantId, Details details,
            UUID createdBy, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.organiserOrganisationId = organiserOrganisationId;
        this.participantId = participantId;
        this.status = MeetingStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        set(details);
    }

    void change(Details details, Instant at) {
        requirePlanned();
        set(details);
        changedAt = at;
    }

    void cancel(String reason, Instant at) {
        requirePlanned();
        status = MeetingStatus.CANCELLED;
        cancelReason = reason;
        changedAt = at;
    }

    /** Held on its day or later, never before it (Swedish dates). */
    void hold(String notes, LocalDate today, Instant at) {
        requirePlanned();
        if (date.isAfter(today)) {
            throw new ConflictException("meeting.hold.notYet");
        }
        status = MeetingStatus.HELD;
        this.notes = notes;
        changedAt = at;
    }

    /** Decisions are taken at a meeting that took place. */
    void requireHeld() {
        if (status != MeetingStatus.HELD) {
            throw new ConflictException("meeting.decision.notHeld");
        }
    }

    private void requirePlanned() {
        if (status != MeetingStatus.PLANNED) {
            throw new ConflictException("meeting.notPlanned");
        }
    }

    private void set(Details details) {
        title = details.title();
        date = details.date();
        startTime = details.startTime();
        endTime = details.endTime();
        place = details.place();
        videoLink = details.videoLink();
        attendees.clear();
        attendees.addAll(details.attendees());
        agenda.clear();
        agenda.addAll(details.agenda());
    }

    UUID id() {
        return id;
    }

    MeetingKind kind() {
        return kind;
    }

    String title() {
        return title;
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

    String videoLink() {
        return videoLink;
    }

    UUID organiserOrganisationId() {
        return organiserOrganisationId;
    }

    UUID participantId() {
        return participantId;
    }

    MeetingStatus status() {
        return status;
    }

    String notes() {
        return notes;
    }

    String cancelReason() {
        return cancelReason;
    }

    UUID createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }

    Set<UUID> attendees() {
        return Set.copyOf(attendees);
    }

    List<String> agenda() {
        return List.copyOf(agenda);
    }
}
