package se.kompetenskedjan.placements;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/** The placement bank: places, who sees them, interest from participants, and coordinators' quality notes. */
public interface Placements {

    /**
     * A place's texts in the translations module (title and easy description, as Platsbanken shows them): read by
     * those who see the place, translated by those who may change it.
     */
    String TRANSLATION_KIND = "placement";

    PlacementView create(PlacementCommand command);

    PlacementView update(UUID id, PlacementCommand command);

    PlacementView changeStatus(UUID id, StatusCommand command);

    PlacementView get(UUID id);

    PageResult<PlacementSummary> search(PlacementSearch search);

    /** Interest in a place from the bank, by the participant or by staff for them. */
    InterestView registerInterest(UUID placementId, InterestCommand command);

    /** Who has shown interest in a place (staff who may see those participants; audited). */
    List<InterestView> interests(UUID placementId);

    /** A participant's registered interests. */
    List<InterestView> interestsOf(UUID participantId);

    List<QualityNoteView> qualityNotes(UUID placementId);

    QualityNoteView addQualityNote(UUID placementId, QualityNoteCommand command);

    /** Internal, for matching: open places with free seats the signed-in user may see, inside the box (null: anywhere). At most 50,000. */
    List<PlacementFacts> openForMatching(GeoBox box);

    /** Internal, for matching: one place's facts if the signed-in user may see it. */
    java.util.Optional<PlacementFacts> factsOf(UUID placementId);

    /** Internal, for matching: facts of the given places the signed-in user may see. */
    List<PlacementFacts> factsOf(Collection<UUID> placementIds);
}
