package se.kompetenskedjan.checklists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.ChecklistTestData;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The checklists module's indicator: a staff assessment counts when signed, in the period of its signing day, for
 * the organisation of whoever signed it (the employer's supervisor, the municipality's coordinator), per
 * participant; a draft counts nowhere; organisations out of scope and participants outside a project are not
 * counted.
 */
@ApiTest
class AssessmentIndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentIndicators indicators;

    @Test
    void signedStaffAssessmentsCountForTheSignersOrganisationInThePeriod() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").unit("Hemtjänst Norr", "Hemtjänst")
                .create();
        TestUser coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestUser supervisorLogin = identity.user(care, Role.SUPERVISOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        PlacementTestData placements = new PlacementTestData(context);
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorLogin).create();
        ProposalView placement = placements.proposal(participant).by(coordinator).at(manager).supervisedBy(supervisor)
                .active().create();
        ChecklistTestData checklists = new ChecklistTestData(context);
        ChecklistView checklist = checklists.checklistFor(placement.placementId(), manager);
        LocalDate today = TestDates.today();

        checklists.signedAssessment(checklist, participant, supervisorLogin);
        checklists.signedAssessment(checklist, participant, coordinator);
        checklists.signedAssessment(checklist, participant, coordinator);
        SignedIn.as(coordinator.username(), () -> assessments.create(new AssessmentCommand(checklist.id(),
                participant, today, "Utkast", java.util.List.of(new se.kompetenskedjan.checklists.RatingCommand(
                        checklist.activeItems().get(0).id(), checklist.activeItems().get(0).yesNo() ? 0 : 1, null)))));

        assertThat(indicators.counts(query(Set.of(care.id(), labourMarket.id()), null, today, today)))
                .containsExactlyInAnyOrder(
                        new IndicatorCount("validations.assessmentsSigned", care.id(), participant, 1),
                        new IndicatorCount("validations.assessmentsSigned", labourMarket.id(), participant, 2));
        assertThat(indicators.counts(query(Set.of(care.id()), Set.of(participant), today.minusDays(7), today)))
                .containsExactly(new IndicatorCount("validations.assessmentsSigned", care.id(), participant, 1));
        assertThat(indicators.counts(query(Set.of(care.id(), labourMarket.id()), null, today.minusDays(30),
                today.minusDays(1)))).as("signed today, not in a period that ended yesterday").isEmpty();
        assertThat(indicators.counts(query(Set.of(care.id()), Set.of(UUID.randomUUID()), today, today)))
                .as("another project's participants").isEmpty();
    }

    private static IndicatorQuery query(Set<UUID> organisations, Set<UUID> participants, LocalDate from,
            LocalDate to) {
        return new IndicatorQuery(organisations, participants, from, to, to);
    }
}
