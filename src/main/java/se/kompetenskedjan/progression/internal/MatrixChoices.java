package se.kompetenskedjan.progression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.checklists.SignedAssessments;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.PlacementHeader;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.Ladders;

/** The choices of the matrix page's filter form (none of them personal data), each list bounded. */
@Component
class MatrixChoices {

    record Option(String value, String label) {
    }

    record StepGroup(String ladder, List<Option> steps) {
    }

    private final SignedAssessments assessments;
    private final PlacementDirectory placements;
    private final IdentityDirectory identity;
    private final Ladders ladders;

    MatrixChoices(SignedAssessments assessments, PlacementDirectory placements, IdentityDirectory identity,
            Ladders ladders) {
        this.assessments = assessments;
        this.placements = placements;
        this.identity = identity;
        this.ladders = ladders;
    }

    /** Units that have places with checklists (at most 100). */
    List<Option> units() {
        List<UUID> ids = placeHeaders().stream().map(PlacementHeader::unitId).filter(java.util.Objects::nonNull)
                .distinct().limit(100).toList();
        List<Option> units = new ArrayList<>();
        for (UUID id : ids) {
            identity.findUnit(new UnitId(id)).ifPresent(u -> units.add(new Option(id.toString(), u.name())));
        }
        units.sort(java.util.Comparator.comparing(Option::label));
        return units;
    }

    /** Checklist templates (at most 200), by title. */
    List<Option> templates() {
        return assessments.templates(200).stream().map(t -> new Option(t.id().toString(), t.title())).toList();
    }

    /**
     * The steps of the ladders of the signed-in user's organisation and of the organisations hosting places with
     * checklists (at most 30 ladders), as "ladderId/stepId".
     */
    List<StepGroup> steps() {
        List<UUID> organisations = new ArrayList<>();
        organisations.add(null);
        organisations.addAll(placeHeaders().stream().map(PlacementHeader::organisationId).distinct().limit(20)
                .toList());
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        List<StepGroup> groups = new ArrayList<>();
        for (UUID organisation : organisations) {
            for (LadderSummary summary : ladders.ladders(new LadderSearch(organisation, 0, 20)).items()) {
                if (groups.size() < 30 && seen.add(summary.id())) {
                    groups.add(new StepGroup(summary.name(), ladders.ladder(summary.id()).steps().stream()
                            .map(step -> new Option(summary.id() + "/" + step.id(), step.position() + ". " + step.name()))
                            .toList()));
                }
            }
        }
        return groups;
    }

    /** The places with checklists (at most 1,000 looked at). */
    private List<PlacementHeader> placeHeaders() {
        return placements.headers(assessments.placesWithChecklists(1000));
    }
}
