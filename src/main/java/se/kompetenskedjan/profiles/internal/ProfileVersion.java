package se.kompetenskedjan.profiles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.ProfileSummary;
import se.kompetenskedjan.profiles.ProfileVersionSummary;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.TaskView;

/** One version of a requirement profile: editable while a DRAFT, frozen once published. */
@Entity
@Table(name = "requirement_profile_version")
class ProfileVersion {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private RequirementProfile profile;
    @Column(name = "version_number")
    private int number;
    @Enumerated(EnumType.STRING)
    private ProfileStatus status;
    private String title;
    @Column(name = "easy_title")
    private String easyTitle;
    @Column(name = "occupation_concept_id")
    private String occupationConceptId;
    @Column(name = "occupation_label")
    private String occupationLabel;
    @Column(name = "ssyk_code")
    private String ssykCode;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "lock_version")
    private long lockVersion;
    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RequirementItem> items = new ArrayList<>();
    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProfileTask> tasks = new ArrayList<>();

    protected ProfileVersion() {
    }

    ProfileVersion(UUID id, RequirementProfile profile, int number, Instant at) {
        this.id = id;
        this.profile = profile;
        this.number = number;
        this.status = ProfileStatus.DRAFT;
        this.createdAt = at;
        this.updatedAt = createdAt;
    }

    void setHeader(String title, String easyTitle, String occupationConceptId, String occupationLabel, String ssykCode,
            Instant at) {
        this.title = title;
        this.easyTitle = easyTitle;
        this.occupationConceptId = occupationConceptId;
        this.occupationLabel = occupationLabel;
        this.ssykCode = ssykCode;
        this.updatedAt = at;
    }

    void publish(Instant at) {
        status = ProfileStatus.PUBLISHED;
        publishedAt = at;
        updatedAt = at;
    }

    void retire(Instant at) {
        status = ProfileStatus.RETIRED;
        updatedAt = at;
    }

    boolean draft() {
        return status == ProfileStatus.DRAFT;
    }

    UUID id() {
        return id;
    }

    RequirementProfile profile() {
        return profile;
    }

    UUID profileId() {
        return profile.id();
    }

    UUID organisationId() {
        return profile.organisationId();
    }

    int number() {
        return number;
    }

    ProfileStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String easyTitle() {
        return easyTitle;
    }

    String occupationConceptId() {
        return occupationConceptId;
    }

    String occupationLabel() {
        return occupationLabel;
    }

    String ssykCode() {
        return ssykCode;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    long lockVersion() {
        return lockVersion;
    }

    List<RequirementItem> items() {
        return items;
    }

    List<ProfileTask> tasks() {
        return tasks;
    }

    List<UUID> itemKeys() {
        return items.stream().map(RequirementItem::itemKey).toList();
    }

    ProfileVersionView view() {
        List<RequirementItem> sortedItems = items.stream()
                .sorted(java.util.Comparator.comparingInt(RequirementItem::position)).toList();
        Map<UUID, Integer> positions = sortedItems.stream()
                .collect(Collectors.toMap(RequirementItem::itemKey, RequirementItem::position));
        List<RequirementItemView> itemViews = sortedItems.stream().map(RequirementItem::view).toList();
        List<TaskView> taskViews = tasks.stream().sorted(java.util.Comparator.comparingInt(ProfileTask::position))
                .map(t -> t.view(positions)).toList();
        return new ProfileVersionView(profileId(), id, number, status, title, easyTitle, organisationId(),
                occupationConceptId, occupationLabel, ssykCode, itemViews, taskViews, publishedAt, lockVersion);
    }

    ProfileVersionSummary versionSummary() {
        return new ProfileVersionSummary(profileId(), id, number, status, title, publishedAt, createdAt);
    }

    ProfileSummary summary(boolean hasDraft) {
        return new ProfileSummary(profileId(), id, number, status, title, easyTitle, organisationId(),
                occupationLabel, ssykCode, publishedAt, items.size(), hasDraft);
    }
}
