package se.kompetenskedjan.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Internal reads of signed assessments for the progression matrices and certificates. No access check and no audit here: the caller
 * decides who may see which participant (through the participants module) and records the access. Batched by ids,
 * every query through an index (V14).
 */
public interface SignedAssessments {

    /** A participant's signed assessments (at most 2,000, oldest first), their checklists' items and their ratings. */
    History history(UUID participantId);

    boolean checklistExists(UUID checklistId);

    boolean templateExists(UUID templateId);

    /** Checklist templates by title (at most the limit). */
    List<Template> templates(int limit);

    /** Distinct places that have tailored checklists (at most the limit). */
    List<UUID> placesWithChecklists(int limit);

    /** Participants with signed staff assessments matching the filter, most recently assessed first (at most the limit). */
    List<Candidate> candidates(CohortFilter filter, int limit);

    /** The ratings of the participants' signed staff assessments matching the filter. */
    List<CohortRating> ratings(CohortFilter filter, Collection<UUID> participantIds);

    /** The place a checklist is tailored for; empty when there is no such checklist. */
    java.util.Optional<UUID> placeOfChecklist(UUID checklistId);

    /**
     * The latest signed staff rating of each item (not removed) of the participant's checklists on the place, or of
     * the one checklist if given; at most 500.
     */
    List<LatestRating> latestRatings(UUID participantId, UUID placementId, UUID checklistId);

    /** First and last date, assessor names and checklist titles of the signed staff assessments in that scope. */
    CountedSummary countedSummary(UUID participantId, UUID placementId, UUID checklistId);

    /** The checklists with signed staff assessments of the participant (at most the limit). */
    List<AssessedChecklist> assessedChecklists(UUID participantId, int limit);

    record LatestRating(UUID itemId, UUID checklistId, String checklistTitle, String text, boolean yesNo, int level,
            LocalDate assessedOn, int position) {
    }

    record CountedSummary(LocalDate from, LocalDate to, List<String> assessors, List<String> checklistTitles) {
    }

    record AssessedChecklist(UUID checklistId, String title, UUID placementId, int assessments) {
    }

    record Template(UUID id, String title) {
    }

    record History(List<Assessment> assessments, List<Item> items, List<Rating> ratings) {
    }

    record Assessment(UUID id, UUID checklistId, LocalDate assessedOn, Instant signedAt, String role,
            String assessorName) {
    }

    record Item(UUID id, UUID checklistId, String checklistTitle, int position, UUID itemKey, String text,
            boolean yesNo, boolean removed) {
    }

    record Rating(UUID assessmentId, UUID itemId, int level) {
    }

    /**
     * Which signed staff assessments count; null: not filtered. {@code placementIds}: on checklists of these places
     * (the unit and occupation filters, resolved by the placements module); {@code participantIds}: of these.
     */
    record CohortFilter(Set<UUID> placementIds, UUID templateId, UUID checklistId, Set<UUID> participantIds) {
    }

    record Candidate(UUID participantId, LocalDate lastOn) {
    }

    record CohortRating(UUID participantId, UUID assessmentId, LocalDate assessedOn, Instant signedAt, UUID itemId,
            UUID itemKey, int position, String text, boolean yesNo, boolean removed, int level) {
    }
}
