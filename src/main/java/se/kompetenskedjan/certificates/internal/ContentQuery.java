package se.kompetenskedjan.certificates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.certificates.CertifiableChecklist;
import se.kompetenskedjan.checklists.SignedAssessments;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.PlacementHeader;

/**
 * Reads what a certificate will certify from the checklists module's signed assessments: the items of the
 * participant's signed supervisor and coordinator assessments (self-assessments do not count), each with its latest
 * signed level; the place, its unit and organisation from the placements and identity modules.
 */
@Component
class ContentQuery {

    /** How many assessed checklists of a participant are looked at before the organisation filter. */
    private static final int CHECKLISTS_LOOKED_AT = 1000;

    private final SignedAssessments assessments;
    private final PlacementDirectory placements;
    private final IdentityDirectory identity;

    ContentQuery(SignedAssessments assessments, PlacementDirectory placements, IdentityDirectory identity) {
        this.assessments = assessments;
        this.placements = placements;
        this.identity = identity;
    }

    record Scope(UUID placementId, UUID checklistId) {
    }

    record Placement(UUID id, String title, UUID organisationId, String unitName, String organisationName) {
    }

    /** The placement of a checklist, or the placement itself; empty when the id points at nothing. */
    Optional<UUID> placementOfChecklist(UUID checklistId) {
        return assessments.placeOfChecklist(checklistId);
    }

    Optional<Placement> placement(UUID placementId) {
        Optional<PlacementHeader> header = placements.header(placementId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        PlacementHeader p = header.get();
        Optional<UnitView> unit = identity.findUnit(new UnitId(p.unitId()));
        String organisationName = identity.organisationNames(List.of(p.organisationId())).get(p.organisationId());
        if (unit.isEmpty() || organisationName == null) {
            return Optional.empty();
        }
        return Optional.of(new Placement(p.id(), p.title(), p.organisationId(), unit.get().name(), organisationName));
    }

    /** The validated items in scope (checklist title, position order); empty when nothing signed. */
    List<CertificateContent.Item> items(UUID participantId, Scope scope) {
        return assessments.latestRatings(participantId, scope.placementId(), scope.checklistId()).stream()
                .sorted(Comparator.comparing(SignedAssessments.LatestRating::checklistTitle)
                        .thenComparingInt(SignedAssessments.LatestRating::position))
                .map(r -> new CertificateContent.Item(r.itemId(), r.checklistTitle(), r.text(), r.yesNo(), r.level(),
                        r.assessedOn()))
                .toList();
    }

    /** First and last date, assessor names and checklist titles of the counted assessments in scope. */
    Map<String, Object> summary(UUID participantId, Scope scope) {
        SignedAssessments.CountedSummary summary = assessments.countedSummary(participantId, scope.placementId(),
                scope.checklistId());
        return Map.of("from", Optional.ofNullable(summary.from()), "to", Optional.ofNullable(summary.to()),
                "assessors", summary.assessors(), "titles", summary.checklistTitles());
    }

    /**
     * Checklists with counted assessments of the participant (at most 100, newest placement first); onlyOrganisation:
     * only those on places of this organisation (null: all).
     */
    List<CertifiableChecklist> certifiable(UUID participantId, UUID onlyOrganisation) {
        List<SignedAssessments.AssessedChecklist> assessed = assessments.assessedChecklists(participantId,
                CHECKLISTS_LOOKED_AT);
        Map<UUID, PlacementHeader> places = placements.headers(assessed.stream()
                .map(SignedAssessments.AssessedChecklist::placementId).distinct().toList()).stream()
                .collect(Collectors.toMap(PlacementHeader::id, Function.identity()));
        List<CertifiableChecklist> list = new ArrayList<>();
        assessed.stream()
                .filter(c -> places.containsKey(c.placementId()))
                .filter(c -> onlyOrganisation == null
                        || onlyOrganisation.equals(places.get(c.placementId()).organisationId()))
                .sorted(Comparator.<SignedAssessments.AssessedChecklist, LocalDate>comparing(
                                c -> places.get(c.placementId()).startsOn(), Comparator.reverseOrder())
                        .thenComparing(SignedAssessments.AssessedChecklist::title))
                .limit(100)
                .forEach(c -> list.add(new CertifiableChecklist(c.checklistId(), c.title(), c.placementId(),
                        places.get(c.placementId()).title(), c.assessments())));
        return list;
    }
}
