package se.kompetenskedjan.profiles.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementType;

/** One requirement of one version; itemKey is shared by the same requirement in every version of the profile. */
@Entity
@Table(name = "requirement_item")
class RequirementItem {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ProfileVersion version;
    @Column(name = "item_key")
    private UUID itemKey;
    private int position;
    @Enumerated(EnumType.STRING)
    private RequirementType type;
    private String text;
    @Column(name = "easy_text")
    private String easyText;
    @Column(name = "target_level")
    private int targetLevel;
    private boolean mandatory;
    @Column(name = "skill_concept_id")
    private String skillConceptId;
    @Column(name = "skill_label")
    private String skillLabel;

    protected RequirementItem() {
    }

    RequirementItem(UUID id, ProfileVersion version, UUID itemKey) {
        this.id = id;
        this.version = version;
        this.itemKey = itemKey;
    }

    void set(int position, RequirementType type, String text, String easyText, int targetLevel, boolean mandatory,
            String skillConceptId, String skillLabel) {
        this.position = position;
        this.type = type;
        this.text = text;
        this.easyText = easyText;
        this.targetLevel = targetLevel;
        this.mandatory = mandatory;
        this.skillConceptId = skillConceptId;
        this.skillLabel = skillLabel;
    }

    /** A copy of this item in another version, with the same item key unless a new one is given. */
    RequirementItem copyTo(ProfileVersion target, UUID newId, UUID newItemKey) {
        RequirementItem copy = new RequirementItem(newId, target, newItemKey);
        copy.set(position, type, text, easyText, targetLevel, mandatory, skillConceptId, skillLabel);
        return copy;
    }

    UUID id() {
        return id;
    }

    UUID itemKey() {
        return itemKey;
    }

    int position() {
        return position;
    }

    RequirementType type() {
        return type;
    }

    RequirementItemView view() {
        return new RequirementItemView(itemKey, type, text, easyText, targetLevel, mandatory, skillConceptId,
                skillLabel, position);
    }
}
