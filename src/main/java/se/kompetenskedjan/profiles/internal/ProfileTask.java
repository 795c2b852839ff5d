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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.kompetenskedjan.profiles.TaskView;

/** One task of the job (arbetsuppgift) in one version, with the item keys it needs. */
@Entity
@Table(name = "profile_task")
class ProfileTask {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ProfileVersion version;
    private int position;
    private String text;
    @Column(name = "easy_text")
    private String easyText;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_task_item", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "item_key")
    private List<UUID> itemKeys = new ArrayList<>();

    protected ProfileTask() {
    }

    ProfileTask(UUID id, ProfileVersion version) {
        this.id = id;
        this.version = version;
    }

    void set(int position, String text, String easyText, Collection<UUID> itemKeys) {
        this.position = position;
        this.text = text;
        this.easyText = easyText;
        List<UUID> distinct = itemKeys.stream().distinct().toList();
        if (!new java.util.HashSet<>(distinct).equals(new java.util.HashSet<>(this.itemKeys))) {
            this.itemKeys.clear();
            this.itemKeys.addAll(distinct);
        }
    }

    ProfileTask copyTo(ProfileVersion target, UUID newId, Map<UUID, UUID> itemKeyMapping) {
        ProfileTask copy = new ProfileTask(newId, target);
        copy.set(position, text, easyText, itemKeys.stream().map(k -> itemKeyMapping.getOrDefault(k, k)).toList());
        return copy;
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    List<UUID> itemKeys() {
        return itemKeys;
    }

    /** The view, with the item keys in the order of the items. */
    TaskView view(Map<UUID, Integer> itemPositions) {
        List<UUID> keys = itemKeys.stream()
                .sorted(Comparator.comparing(k -> itemPositions.getOrDefault(k, Integer.MAX_VALUE))).toList();
        return new TaskView(id, text, easyText, keys, position);
    }
}
