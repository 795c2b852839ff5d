package se.kompetenskedjan.profiles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a requirement profile, whole. organisationId is null for platform profiles (those of the ladder
 * templates). lockVersion is what a change of a draft must send back (optimistic locking).
 */
public record ProfileVersionView(UUID profileId, UUID versionId, int version, ProfileStatus status, String title,
        String easyTitle, UUID organisationId, String occupationConceptId, String occupationLabel, String ssykCode,
        List<RequirementItemView> items, List<TaskView> tasks, Instant publishedAt, long lockVersion) {

    public List<RequirementItemView> mandatoryItems() {
        return items.stream().filter(RequirementItemView::mandatory).toList();
    }

    public List<RequirementItemView> meritingItems() {
        return items.stream().filter(i -> !i.mandatory()).toList();
    }

    public boolean template() {
        return organisationId == null;
    }
}
