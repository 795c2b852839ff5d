package se.kompetenskedjan.profiles.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.kompetenskedjan.profiles.ReadinessDecider;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.StepView;

/** One step of a ladder: its exit requirement, durations, who decides readiness, and where it leads. */
@Entity
@Table(name = "ladder_step")
class LadderStep {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id")
    private Ladder ladder;
    private int position;
    private String name;
    @Column(name = "easy_name")
    private String easyName;
    private String description;
    @Enumerated(EnumType.STRING)
    private StepType type;
    @Column(name = "profile_version_id")
    private UUID profileVersionId;
    @ElementCollection
    @CollectionTable(name = "ladder_step_exit_item", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "item_key")
    private List<UUID> exitItemKeys = new ArrayList<>();
    @Column(name = "typical_weeks")
    private Integer typicalWeeks;
    @Column(name = "max_weeks")
    private Integer maxWeeks;
    @Enumerated(EnumType.STRING)
    private ReadinessDecider decider;
    @Column(name = "side_track")
    private boolean sideTrack;
    @ElementCollection
    @CollectionTable(name = "ladder_step_next", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "next_step_id")
    private List<UUID> nextStepIds = new ArrayList<>();

    protected LadderStep() {
    }

    LadderStep(UUID id, Ladder ladder) {
        this.id = id;
        this.ladder = ladder;
    }

    void set(int position, String name, String easyName, String description, StepType type, UUID profileVersionId,
            Collection<UUID> exitItemKeys, Integer typicalWeeks, Integer maxWeeks, ReadinessDecider decider,
            Collection<UUID> nextStepIds, boolean sideTrack) {
        this.position = position;
        this.name = name;
        this.easyName = easyName;
        this.description = description;
        this.type = type;
        this.profileVersionId = profileVersionId;
        replace(this.exitItemKeys, exitItemKeys);
        this.typicalWeeks = typicalWeeks;
        this.maxWeeks = maxWeeks;
        this.decider = decider;
        replace(this.nextStepIds, nextStepIds);
        this.sideTrack = sideTrack;
    }

    /** Both lists are sets: rewritten only when the members change. */
    private static void replace(List<UUID> target, Collection<UUID> values) {
        List<UUID> distinct = values.stream().distinct().toList();
        if (!new java.util.HashSet<>(distinct).equals(new java.util.HashSet<>(target))) {
            target.clear();
            target.addAll(distinct);
        }
    }

    /** A copy in another ladder, pointing at the copied profile version, its item keys and the copied steps. */
    LadderStep copyTo(Ladder target, UUID newId, UUID newProfileVersionId, Map<UUID, UUID> itemKeys,
            Map<UUID, UUID> stepIds) {
        LadderStep copy = new LadderStep(newId, target);
        copy.set(position, name, easyName, description, type, newProfileVersionId,
                exitItemKeys.stream().map(k -> itemKeys.getOrDefault(k, k)).toList(), typicalWeeks, maxWeeks, decider,
                nextStepIds.stream().map(stepIds::get).toList(), sideTrack);
        return copy;
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    UUID profileVersionId() {
        return profileVersionId;
    }

    /** The view; next steps in ladder order, exit items (a set) in a fixed order. */
    StepView view(Map<UUID, Integer> stepPositions) {
        List<UUID> next = nextStepIds.stream()
                .sorted(Comparator.comparing(n -> stepPositions.getOrDefault(n, Integer.MAX_VALUE))).toList();
        return new StepView(id, name, easyName, description, type, position, profileVersionId,
                exitItemKeys.stream().sorted().toList(), typicalWeeks, maxWeeks, decider, next, sideTrack);
    }
}
