package se.kompetenskedjan.profiles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.LadderView;

/** A ladder with its steps; saved whole. A template has no organisation. */
@Entity
@Table(name = "ladder")
class Ladder {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private boolean template;
    @Column(name = "copied_from")
    private UUID copiedFrom;
    private String name;
    @Column(name = "easy_name")
    private String easyName;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "ladder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LadderStep> steps = new ArrayList<>();

    protected Ladder() {
    }

    Ladder(UUID id, UUID organisationId, boolean template, UUID copiedFrom, Instant at) {
        this.id = id;
        this.organisationId = organisationId;
        this.template = template;
        this.copiedFrom = copiedFrom;
        this.createdAt = at;
        this.updatedAt = createdAt;
    }

    void rename(String name, String easyName, Instant at) {
        this.name = name;
        this.easyName = easyName;
        this.updatedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    boolean template() {
        return template;
    }

    String name() {
        return name;
    }

    String easyName() {
        return easyName;
    }

    long version() {
        return version;
    }

    List<LadderStep> steps() {
        return steps;
    }

    LadderView view() {
        List<LadderStep> ordered = steps.stream().sorted(Comparator.comparingInt(LadderStep::position)).toList();
        Map<UUID, Integer> positions = ordered.stream().collect(Collectors.toMap(LadderStep::id, LadderStep::position));
        return new LadderView(id, name, easyName, organisationId, template, copiedFrom,
                ordered.stream().map(s -> s.view(positions)).toList(), version);
    }

    LadderSummary summary() {
        return new LadderSummary(id, name, easyName, organisationId, template, copiedFrom, steps.size());
    }
}
