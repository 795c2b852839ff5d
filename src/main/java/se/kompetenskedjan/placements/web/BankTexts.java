package se.kompetenskedjan.placements.web;

import java.util.Objects;
import java.util.stream.Stream;

import se.kompetenskedjan.placements.PlacementSummary;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.translations.LocalizedText;
import se.kompetenskedjan.translations.Translation;

/** Platsbanken's texts written by staff, in the page's language where translated (else in Swedish, marked). */
public final class BankTexts {

    private BankTexts() {
    }

    /** A place's title and easy description (null: none written). */
    public record Place(LocalizedText title, LocalizedText easyDescription) {

        static Place of(PlacementSummary place, Translation translation) {
            return new Place(translation.of(place.id(), place.title()),
                    translation.of(place.id(), place.easyDescription()));
        }
    }

    /**
     * The participant's agreement: the place's title, goals, tasks, hours and follow-up (null: not written).
     * partlySwedish: the page is in another language than Swedish and some of these texts are shown in Swedish;
     * the approval form then says so.
     */
    public record Agreement(LocalizedText title, LocalizedText goals, LocalizedText tasks, LocalizedText hours,
            LocalizedText followUp, boolean partlySwedish) {

        static Agreement of(ProposalView proposal, Translation translation) {
            LocalizedText title = translation.of(proposal.id(), proposal.placementTitle());
            LocalizedText goals = translation.of(proposal.id(), proposal.goals());
            LocalizedText tasks = translation.of(proposal.id(), proposal.tasks());
            LocalizedText hours = translation.of(proposal.id(), proposal.hours());
            LocalizedText followUp = translation.of(proposal.id(), proposal.followUp());
            boolean partlySwedish = Stream.of(title, goals, tasks, hours, followUp).filter(Objects::nonNull)
                    .anyMatch(LocalizedText::swedishFallback);
            return new Agreement(title, goals, tasks, hours, followUp, partlySwedish);
        }
    }
}
